package com.businessbuilder.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.agent.AgentRole.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

class AgentRolesTest {

  static final List<String> DEPARTMENTS = List.of("accounts", "finance", "hr", "marketing", "engineering", "sales",
      "it", "management", "business-dev", "legal", "quality", "logistics", "pr");

  static ValidatorFactory validation;
  static Validator validator;

  @BeforeAll
  static void startValidation() {
    validation = Validation.buildDefaultValidatorFactory();
    validator = validation.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    validation.close();
  }

  // --- the real catalog -----------------------------------------------------------------------------------------

  @Test
  void realCatalogLoadsWithEveryDepartment() throws Exception {
    AgentRoles roles = new AgentRoles(validator);

    assertThat(roles.all()).filteredOn(r -> r.kind() == Kind.department).extracting(AgentRole::id)
        .containsExactlyInAnyOrderElementsOf(DEPARTMENTS);
    assertThat(roles.all()).filteredOn(r -> r.kind() == Kind.department)
        .allSatisfy(d -> assertThat(d.department()).as(d.id()).isEqualTo(d.id()));
  }

  @Test
  void realCatalogHoldsThePipelineSpecialists() throws Exception {
    AgentRoles roles = new AgentRoles(validator);

    assertThat(roles.all()).extracting(AgentRole::id).contains("market-researcher", "lead-qualifier", "data-enricher",
        "outreach-writer", "proposal-writer", "negotiator", "contract-specialist", "project-manager", "invoice-clerk",
        "qa-reviewer", "research-reviewer", "communication-reviewer", "proposal-reviewer", "legal-reviewer",
        "delivery-reviewer", "finance-reviewer");
    assertThat(roles.require("contract-specialist").reviewedBy()).isEqualTo("legal-reviewer");
    assertThat(roles.require("invoice-clerk").reviewedBy()).isEqualTo("finance-reviewer");
  }

  @Test
  void everyProducerInTheRealCatalogHasAReviewerRole() throws Exception {
    AgentRoles roles = new AgentRoles(validator);

    assertThat(roles.all()).filteredOn(r -> r.kind() == Kind.producer).isNotEmpty().allSatisfy(producer -> {
      assertThat(producer.reviewedBy()).as(producer.id()).isNotBlank();
      assertThat(roles.require(producer.reviewedBy()).kind()).as(producer.id()).isEqualTo(Kind.reviewer);
    });
    assertThat(roles.all()).filteredOn(r -> r.kind() != Kind.producer)
        .allSatisfy(r -> assertThat(r.reviewedBy()).as(r.id()).isNull());
  }

  @Test
  void everySpecialistInTheRealCatalogBelongsToADepartmentRole() throws Exception {
    AgentRoles roles = new AgentRoles(validator);

    assertThat(roles.all()).filteredOn(r -> r.kind() != Kind.department).isNotEmpty().allSatisfy(specialist ->
        assertThat(roles.require(specialist.department()).kind()).as(specialist.id()).isEqualTo(Kind.department));
  }

  @Test
  void realRoleFilesAreVersionOneOrLaterAndConcise() throws Exception {
    AgentRoles roles = new AgentRoles(validator);

    assertThat(roles.all()).allSatisfy(role -> {
      assertThat(role.version()).as(role.id()).isPositive();
      for (List<String> list : List.of(role.accountabilities(), role.domains(), role.policies(), role.skills())) {
        assertThat(list).as(role.id()).hasSizeBetween(1, 5);
      }
    });
  }

  @Test
  void systemPromptCarriesPurposeAccountabilitiesAndPolicies() throws Exception {
    AgentRole writer = new AgentRoles(validator).require("proposal-writer");

    assertThat(writer.systemPrompt()).contains("You are the Proposal writer of Business Builder")
        .contains(writer.purpose()).contains("- " + writer.accountabilities().get(0))
        .contains("- Never state a price that is not in the pricing decision");
  }

  // --- bad files stop the start, naming the file and the field ---------------------------------------------------

  @Test
  void aSmallValidCatalogLoads() throws Exception {
    AgentRoles roles = load(valid());

    assertThat(roles.all()).extracting(AgentRole::id).containsExactly("checker", "quality", "sales", "writer");
  }

  @Test
  void unknownFieldIsNamed() {
    assertRefused(replace("writer", "version: 1", "version: 1\nmood: cheerful"), "writer.yaml", "mood");
  }

  @Test
  void missingPurposeIsNamed() {
    assertRefused(replace("writer", "purpose: Write things.\n", ""), "writer.yaml", "purpose");
  }

  @Test
  void blankPurposeIsNamed() {
    assertRefused(replace("writer", "purpose: Write things.", "purpose: \"  \""), "writer.yaml", "purpose");
  }

  @Test
  void emptyAccountabilitiesAreNamed() {
    assertRefused(replace("writer", "accountabilities:\n  - Writing drafts", "accountabilities: []"),
        "writer.yaml", "accountabilities");
  }

  @Test
  void blankAccountabilityIsNamed() {
    assertRefused(replace("writer", "  - Writing drafts", "  - \"\""), "writer.yaml", "accountabilities[0]");
  }

  @Test
  void wrongKindValueIsNamed() {
    assertRefused(replace("writer", "kind: producer", "kind: boss"), "writer.yaml", "kind");
  }

  @Test
  void idNotMatchingTheFileNameIsNamed() {
    assertRefused(replace("writer", "id: writer", "id: author"), "writer.yaml", "id");
  }

  @Test
  void idInWrongFormIsNamed() {
    Map<String, String> files = valid();
    files.remove("writer");
    files.put("Writer", role("Writer", "producer", "sales", "checker"));
    assertRefused(files, "Writer.yaml", "id");
  }

  @Test
  void producerWithoutReviewerIsNamed() {
    assertRefused(replace("writer", "reviewedBy: checker\n", ""), "writer.yaml", "reviewedBy");
  }

  @Test
  void producerReviewedByANonReviewerIsNamed() {
    assertRefused(replace("writer", "reviewedBy: checker", "reviewedBy: sales"), "writer.yaml", "reviewedBy");
  }

  @Test
  void producerReviewedByAnUnknownRoleIsNamed() {
    assertRefused(replace("writer", "reviewedBy: checker", "reviewedBy: nobody"), "writer.yaml", "reviewedBy");
  }

  @Test
  void reviewedByOnANonProducerIsNamed() {
    assertRefused(replace("checker", "version: 1", "version: 1\nreviewedBy: checker"), "checker.yaml",
        "reviewedBy");
  }

  @Test
  void specialistOfAnUnknownDepartmentIsNamed() {
    assertRefused(replace("writer", "department: sales", "department: astrology"), "writer.yaml", "department");
  }

  @Test
  void specialistWhoseDepartmentIsNotADepartmentRoleIsNamed() {
    assertRefused(replace("writer", "department: sales", "department: checker"), "writer.yaml", "department");
  }

  @Test
  void departmentThatIsNotItsOwnDepartmentIsNamed() {
    assertRefused(replace("sales", "department: sales", "department: quality"), "sales.yaml", "department");
  }

  @Test
  void missingVersionIsNamed() {
    assertRefused(replace("writer", "version: 1\n", ""), "writer.yaml", "version");
  }

  @Test
  void zeroVersionIsNamed() {
    assertRefused(replace("writer", "version: 1", "version: 0"), "writer.yaml", "version");
  }

  @Test
  void duplicateIdIsNamed() {
    List<Resource> files = new ArrayList<>(resources(valid()));
    files.add(file("writer.yaml", role("writer", "producer", "sales", "checker")));

    assertThatThrownBy(() -> new AgentRoles(files.toArray(Resource[]::new), validator))
        .isInstanceOf(AgentRoles.InvalidRoleFile.class)
        .hasMessageContaining("agents/roles/writer.yaml").hasMessageContaining("field 'id'");
  }

  @Test
  void malformedYamlIsNamed() {
    Map<String, String> files = valid();
    files.put("writer", "id: writer\nname: Writer\n  kind: producer\n");
    assertRefused(files, "writer.yaml", "(file)");
  }

  @Test
  void emptyFileIsNamed() {
    Map<String, String> files = valid();
    files.put("writer", "");
    assertRefused(files, "writer.yaml", "(file)");
  }

  // --- GET /api/agents ------------------------------------------------------------------------------------------

  @Nested
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  @ActiveProfiles("test")
  class Api {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void listsOneObjectPerRoleFile() throws Exception {
      List<String> fileIds = Arrays.stream(new PathMatchingResourcePatternResolver().getResources(AgentRoles.LOCATION))
          .map(r -> r.getFilename().replaceFirst("\\.yaml$", "")).sorted().toList();
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth("api", "api");

      ResponseEntity<String> answer = http.exchange("/api/agents", HttpMethod.GET, new HttpEntity<>(headers),
          String.class);

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode roles = json.readTree(answer.getBody());
      assertThat(roles.isArray()).isTrue();
      List<JsonNode> objects = StreamSupport.stream(roles.spliterator(), false).toList();
      assertThat(objects).extracting(r -> r.path("id").asText()).containsExactlyElementsOf(fileIds);
      assertThat(objects).allSatisfy(role -> {
        for (String field : List.of("id", "name", "kind", "purpose")) {
          assertThat(role.path(field).isTextual()).as(role + " " + field).isTrue();
        }
        for (String field : List.of("accountabilities", "domains", "policies", "skills")) {
          assertThat(role.path(field).isArray() && !role.path(field).isEmpty()).as(role + " " + field).isTrue();
        }
      });
      Map<String, JsonNode> byId = objects.stream()
          .collect(Collectors.toMap(r -> r.get("id").asText(), Function.identity()));
      assertThat(byId.get("sales").get("kind").asText()).isEqualTo("department");
      assertThat(byId.get("outreach-writer").get("reviewedBy").asText()).isEqualTo("communication-reviewer");
    }

    @Test
    void refusesCallersWithoutCredentials() {
      ResponseEntity<String> answer = http.getForEntity("/api/agents", String.class);

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  // --- helpers --------------------------------------------------------------------------------------------------

  /** A minimal valid catalog: two departments, one producer and its reviewer; keyed by id. */
  private static Map<String, String> valid() {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put("sales", role("sales", "department", "sales", null));
    files.put("quality", role("quality", "department", "quality", null));
    files.put("writer", role("writer", "producer", "sales", "checker"));
    files.put("checker", role("checker", "reviewer", "quality", null));
    return files;
  }

  private static String role(String id, String kind, String department, String reviewedBy) {
    return "id: " + id + "\n"
        + "name: The " + id + "\n"
        + "kind: " + kind + "\n"
        + "department: " + department + "\n"
        + "version: 1\n"
        + "purpose: Write things.\n"
        + "accountabilities:\n  - Writing drafts\n"
        + "domains:\n  - Drafts\n"
        + "policies:\n  - Never invent facts\n"
        + "skills:\n  - Writing\n"
        + (reviewedBy == null ? "" : "reviewedBy: " + reviewedBy + "\n");
  }

  private static Map<String, String> replace(String id, String from, String to) {
    Map<String, String> files = valid();
    String text = files.get(id);
    assertThat(text).as("test setup").contains(from);
    files.put(id, text.replace(from, to));
    return files;
  }

  private static List<Resource> resources(Map<String, String> files) {
    return files.entrySet().stream().map(e -> file(e.getKey() + ".yaml", e.getValue())).toList();
  }

  private static Resource file(String name, String text) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static AgentRoles load(Map<String, String> files) throws Exception {
    return new AgentRoles(resources(files).toArray(Resource[]::new), validator);
  }

  private static void assertRefused(Map<String, String> files, String fileName, String field) {
    assertThatThrownBy(() -> load(files))
        .isInstanceOf(AgentRoles.InvalidRoleFile.class)
        .hasMessageContaining("agents/roles/" + fileName)
        .hasMessageContaining("field '" + field + "'");
  }
}
