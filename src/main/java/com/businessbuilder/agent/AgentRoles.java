package com.businessbuilder.agent;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The catalog of agent roles in force. The files {@code agents/roles/*.yaml} are its seed, checked at start (a file
 * that does not describe a valid role stops the start with a message naming the file and the field) and put into
 * the database by the rule of {@link RoleVersions#seed}; governance adopts new versions of roles there, and every
 * reader of the catalog sees them from then on. A retired role is no longer offered; its versions stay.
 */
@Component
public class AgentRoles {

  static final String LOCATION = "classpath*:agents/roles/*.yaml";

  private final Supplier<Map<String, AgentRole>> roles;
  private final RoleVersions versions;
  private final Validator validator;

  @Autowired
  AgentRoles(Validator validator, RoleVersions versions) throws IOException {
    Map<String, AgentRole> seed = read(new PathMatchingResourcePatternResolver().getResources(LOCATION), validator);
    versions.seed(seed.values());
    this.versions = versions;
    this.validator = validator;
    this.roles = versions::current;
    List<RoleProblem> problems = problems(roles.get());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The role catalog in the database is not valid after seeding it from "
          + LOCATION + ": " + problems.get(0).describe());
    }
  }

  /** The seed files alone, without a database. */
  AgentRoles(Validator validator) throws IOException {
    this(new PathMatchingResourcePatternResolver().getResources(LOCATION), validator);
  }

  AgentRoles(Resource[] files, Validator validator) throws IOException {
    Map<String, AgentRole> read = read(files, validator);
    this.roles = () -> read;
    this.versions = null;
    this.validator = validator;
  }

  private static Map<String, AgentRole> read(Resource[] files, Validator validator) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    // Missing fields are left to bean validation (it names them); FAIL_ON_MISSING_CREATOR_PROPERTIES would also
    // refuse the optional reviewedBy of every department and reviewer.
    Map<String, AgentRole> read = new LinkedHashMap<>();
    for (Resource file : files) {
      AgentRole role = read(yaml, validator, file);
      String expectedId = file.getFilename().replaceFirst("\\.yaml$", "");
      if (!role.id().equals(expectedId)) {
        throw new InvalidRoleFile(file.getFilename(), "id", "must match the file name ('" + expectedId + "')");
      }
      if (read.putIfAbsent(role.id(), role) != null) {
        throw new InvalidRoleFile(file.getFilename(), "id", "is used by another role file on the classpath");
      }
    }
    problems(read).stream().findFirst().ifPresent(problem -> {
      throw new InvalidRoleFile(problem.roleId() + ".yaml", problem.field(), problem.problem());
    });
    return read.values().stream().sorted(Comparator.comparing(AgentRole::id))
        .collect(Collectors.toMap(AgentRole::id, r -> r, (a, b) -> a, LinkedHashMap::new));
  }

  /** The roles in force, in id order. */
  public Collection<AgentRole> all() {
    return roles.get().values();
  }

  public Optional<AgentRole> find(String id) {
    return Optional.ofNullable(roles.get().get(id));
  }

  public AgentRole require(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("No agent role '" + id + "' in force (seeded "
        + "from " + LOCATION + ")"));
  }

  /**
   * What would be wrong with the catalog if this role were adopted (added, or replacing its version in force), in
   * words an agent or the CEO can act on; empty when it may be adopted.
   */
  public List<String> problemsAdopting(AgentRole role) {
    List<String> problems = new ArrayList<>(validator.validate(role).stream()
        .map(v -> "field '" + v.getPropertyPath().toString().replace(".<list element>", "") + "' "
            + v.getMessage()).sorted().toList());
    if (problems.isEmpty()) {
      Map<String, AgentRole> changed = new LinkedHashMap<>(roles.get());
      changed.put(role.id(), role);
      problems(changed).forEach(problem -> problems.add(problem.describe()));
    }
    return problems;
  }

  /** What would be wrong with the catalog without this role; empty when it may be retired. */
  public List<String> problemsRetiring(String roleId) {
    Map<String, AgentRole> changed = new LinkedHashMap<>(roles.get());
    if (changed.remove(roleId) == null) {
      return List.of("there is no role '" + roleId + "' in force");
    }
    return problems(changed).stream().map(RoleProblem::describe).toList();
  }

  /**
   * Adopts the role as its next version, in the caller's transaction.
   *
   * @param recordId the governance record that adopted it
   * @return the role as adopted, with its new version number
   * @throws IllegalStateException when the catalog would not be valid with it (see {@link #problemsAdopting})
   */
  public AgentRole adopt(AgentRole role, String recordId) {
    List<String> problems = problemsAdopting(role);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Role " + role.id() + " cannot be adopted: " + String.join("; ", problems));
    }
    return stored().add(role, false, recordId);
  }

  /**
   * Retires the role: its next version says so, it is no longer offered, its versions stay.
   *
   * @return the role as it was last, with the version number of its retirement
   * @throws IllegalStateException when the catalog would not be valid without it (see {@link #problemsRetiring})
   */
  public AgentRole retire(String roleId, String recordId) {
    List<String> problems = problemsRetiring(roleId);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Role " + roleId + " cannot be retired: " + String.join("; ", problems));
    }
    return stored().add(require(roleId), true, recordId);
  }

  private RoleVersions stored() {
    if (versions == null) {
      throw new IllegalStateException("This catalog is the seed files alone; it adopts nothing");
    }
    return versions;
  }

  private static AgentRole read(ObjectMapper yaml, Validator validator, Resource file) throws IOException {
    AgentRole role;
    try (InputStream in = file.getInputStream()) {
      role = yaml.readValue(in, AgentRole.class);
    } catch (JsonMappingException e) {
      String field = e.getPath().stream().map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]"
          : ref.getFieldName()).collect(Collectors.joining("."));
      throw new InvalidRoleFile(file.getFilename(), field.isEmpty() ? "(file)" : field, e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidRoleFile(file.getFilename(), "(file)", "is not valid YAML" + (at == null ? ""
          : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
    }
    if (role == null) {
      throw new InvalidRoleFile(file.getFilename(), "(file)", "is empty");
    }
    List<ConstraintViolation<AgentRole>> violations = new ArrayList<>(validator.validate(role));
    if (!violations.isEmpty()) {
      violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
      ConstraintViolation<AgentRole> first = violations.get(0);
      String field = first.getPropertyPath().toString().replace(".<list element>", "");
      throw new InvalidRoleFile(file.getFilename(), field, first.getMessage());
    }
    return role;
  }

  /** What is wrong with a whole catalog: departments and reviewers that are not there. */
  private static List<RoleProblem> problems(Map<String, AgentRole> roles) {
    List<RoleProblem> problems = new ArrayList<>();
    for (AgentRole role : roles.values()) {
      departmentProblem(roles, role).ifPresent(problems::add);
      reviewerProblem(roles, role).ifPresent(problems::add);
    }
    return problems;
  }

  /** A department role is its own department; every other role belongs to a department role. */
  private static Optional<RoleProblem> departmentProblem(Map<String, AgentRole> roles, AgentRole role) {
    if (role.kind() == AgentRole.Kind.department) {
      return role.department().equals(role.id()) ? Optional.empty() : Optional.of(new RoleProblem(role.id(),
          "department", "of a department role must be its own id ('" + role.id() + "')"));
    }
    AgentRole department = roles.get(role.department());
    return department != null && department.kind() == AgentRole.Kind.department ? Optional.empty()
        : Optional.of(new RoleProblem(role.id(), "department", "'" + role.department() + "' is not a department role"));
  }

  private static Optional<RoleProblem> reviewerProblem(Map<String, AgentRole> roles, AgentRole role) {
    if (role.kind() == AgentRole.Kind.producer) {
      if (role.reviewedBy() == null || role.reviewedBy().isBlank()) {
        return Optional.of(new RoleProblem(role.id(), "reviewedBy",
            "a producer needs the reviewer role that checks its work"));
      }
      AgentRole reviewer = roles.get(role.reviewedBy());
      return reviewer != null && reviewer.kind() == AgentRole.Kind.reviewer ? Optional.empty()
          : Optional.of(new RoleProblem(role.id(), "reviewedBy", "'" + role.reviewedBy() + "' is not a reviewer role"));
    }
    return role.reviewedBy() == null ? Optional.empty()
        : Optional.of(new RoleProblem(role.id(), "reviewedBy", "only producers are reviewed"));
  }

  private record RoleProblem(String roleId, String field, String problem) {
    String describe() {
      return "role '" + roleId + "': field '" + field + "' " + problem;
    }
  }

  /** A role file that does not describe a valid role. */
  static class InvalidRoleFile extends IllegalStateException {
    InvalidRoleFile(String file, String field, String problem) {
      super("Agent role file agents/roles/" + file + ": field '" + field + "' " + problem);
    }
  }
}
