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
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The catalog of agent roles, read from {@code agents/roles/*.yaml} at start. A file that does not describe a valid
 * role stops the start with a message naming the file and the field.
 */
@Component
public class AgentRoles {

  static final String LOCATION = "classpath*:agents/roles/*.yaml";

  private final Map<String, AgentRole> roles;

  @Autowired
  AgentRoles(Validator validator) throws IOException {
    this(new PathMatchingResourcePatternResolver().getResources(LOCATION), validator);
  }

  AgentRoles(Resource[] files, Validator validator) throws IOException {
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
    checkDepartments(read);
    checkReviewers(read);
    this.roles = read.values().stream().sorted(Comparator.comparing(AgentRole::id))
        .collect(Collectors.toMap(AgentRole::id, r -> r, (a, b) -> a, LinkedHashMap::new));
  }

  public Collection<AgentRole> all() {
    return roles.values();
  }

  public Optional<AgentRole> find(String id) {
    return Optional.ofNullable(roles.get(id));
  }

  public AgentRole require(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("No agent role '" + id + "' in " + LOCATION));
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

  /** A department role is its own department; every other role belongs to a department role. */
  private static void checkDepartments(Map<String, AgentRole> roles) {
    for (AgentRole role : roles.values()) {
      String file = role.id() + ".yaml";
      if (role.kind() == AgentRole.Kind.department) {
        if (!role.department().equals(role.id())) {
          throw new InvalidRoleFile(file, "department",
              "of a department role must be its own id ('" + role.id() + "')");
        }
      } else {
        AgentRole department = roles.get(role.department());
        if (department == null || department.kind() != AgentRole.Kind.department) {
          throw new InvalidRoleFile(file, "department", "'" + role.department() + "' is not a department role");
        }
      }
    }
  }

  private static void checkReviewers(Map<String, AgentRole> roles) {
    for (AgentRole role : roles.values()) {
      String file = role.id() + ".yaml";
      if (role.kind() == AgentRole.Kind.producer) {
        if (role.reviewedBy() == null || role.reviewedBy().isBlank()) {
          throw new InvalidRoleFile(file, "reviewedBy", "a producer needs the reviewer role that checks its work");
        }
        AgentRole reviewer = roles.get(role.reviewedBy());
        if (reviewer == null || reviewer.kind() != AgentRole.Kind.reviewer) {
          throw new InvalidRoleFile(file, "reviewedBy", "'" + role.reviewedBy() + "' is not a reviewer role");
        }
      } else if (role.reviewedBy() != null) {
        throw new InvalidRoleFile(file, "reviewedBy", "only producers are reviewed");
      }
    }
  }

  /** A role file that does not describe a valid role. */
  static class InvalidRoleFile extends IllegalStateException {
    InvalidRoleFile(String file, String field, String problem) {
      super("Agent role file agents/roles/" + file + ": field '" + field + "' " + problem);
    }
  }
}
