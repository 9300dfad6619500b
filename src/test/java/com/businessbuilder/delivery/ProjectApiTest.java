package com.businessbuilder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /api/projects} over HTTP: opening a project, following it, the client's messages, and what the API refuses
 * (with problem details naming the field) and to whom. The runs stay where the worker would pick them up: the paths
 * beyond are {@link ServiceDeliveryPathsTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProjectApiTest {

  static final String PROJECT = """
      {"company": "Acme Robotics", "contactName": "Dana Reyes", "contactEmail": "dana@acme.example",
       "requirements": ["A customer portal where dealers order spare parts", "Orders reach the ERP within a minute"],
       "price": 24000, "deliveryWeeks": 8, "risk": "medium"}""";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;
  @Autowired ProjectRepository projects;

  @Test
  void anOpenedProjectRunsAndCanBeFollowed() throws Exception {
    ResponseEntity<String> created = call(HttpMethod.POST, "/api/projects", PROJECT, "api", null);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String id = body.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasPath("/api/projects/" + id);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey(ServiceDeliveryProcess.PROCESS_ID).singleResult().getId())
        .isEqualTo(body.get("processInstanceId").asText());

    JsonNode project = read("/api/projects/" + id, "operator");
    assertThat(project.get("company").asText()).isEqualTo("Acme Robotics");
    assertThat(project.get("status").asText()).isEqualTo("RUNNING");
    assertThat(project.get("stage").asText()).isEqualTo("PLANNING");
    assertThat(project.get("price").decimalValue()).isEqualByComparingTo("24000");
    assertThat(project.get("currency").asText()).isEqualTo("EUR");
    assertThat(project.get("requirements")).hasSize(2);
    assertThat(project.get("dueDate").asText()).isNotBlank();
    assertThat(project.get("spend").get("agentCalls").asLong()).isZero();
    assertThat(project.get("spend").get("agentBudget").decimalValue()).isPositive();
    assertThat(read("/api/agent-calls?projectId=" + id, "ceo")).isEmpty();
  }

  @Test
  void aRequestRepeatedWithItsIdempotencyKeyGetsTheFirstProjectAndAnotherProjectIsRefused() throws Exception {
    String key = UUID.randomUUID().toString();
    ResponseEntity<String> first = call(HttpMethod.POST, "/api/projects", PROJECT, "api", key);
    long runs = runs();

    ResponseEntity<String> retried = call(HttpMethod.POST, "/api/projects", PROJECT, "api", key);
    ResponseEntity<String> reused = call(HttpMethod.POST, "/api/projects", PROJECT.replace("Acme", "Initech"), "api",
        key);

    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retried.getBody()).isEqualTo(first.getBody());
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json.readTree(reused.getBody()).get("detail").asText()).contains("Idempotency-Key", "project");
    assertThat(runs()).isEqualTo(runs);
  }

  @Test
  void anInvalidProjectIsA400ProblemNamingEachBadFieldAndStartsNothing() throws Exception {
    long runs = runs();

    ResponseEntity<String> refused = call(HttpMethod.POST, "/api/projects", """
        {"company": " ", "contactEmail": "not-an-address", "requirements": [], "price": -5, "currency": "euro",
         "deliveryWeeks": 0, "risk": "extreme"}""", "api", null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "company", "contactEmail", "requirements", "price", "currency", "deliveryWeeks", "risk");
    assertThat(call(HttpMethod.POST, "/api/projects", "{\"company\": ", "api", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(runs()).isEqualTo(runs);
  }

  @Test
  void theListIsFilteredPagedAndSortedAndRefusesWhatItCannotDo() throws Exception {
    String company = "Filtered " + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      call(HttpMethod.POST, "/api/projects", PROJECT.replace("Acme Robotics", company + " " + i), "api", null);
    }

    JsonNode page = read("/api/projects?status=RUNNING&stage=PLANNING&sort=company,desc&size=100", "api");
    assertThat(page.get("items").findValuesAsText("company")).filteredOn(name -> name.startsWith(company))
        .containsExactly(company + " 2", company + " 1", company + " 0");
    assertThat(page.get("items")).allSatisfy(item -> assertThat(item.get("status").asText()).isEqualTo("RUNNING"));
    JsonNode small = read("/api/projects?size=1&page=1", "api");
    assertThat(small.get("items")).hasSize(1);
    assertThat(small.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(read("/api/projects?status=DELIVERED&createdFrom=2000-01-01", "api").get("items").findValuesAsText(
        "company")).noneMatch(name -> name.startsWith(company));
    assertThat(read("/api/projects?dealId=" + UUID.randomUUID(), "api").get("items")).isEmpty();

    assertThat(problemField("/api/projects?stage=SOMEWHERE")).isEqualTo("stage");
    assertThat(problemField("/api/projects?status=ALIVE")).isEqualTo("status");
    assertThat(problemField("/api/projects?createdFrom=yesterday")).isEqualTo("createdFrom");
    assertThat(call(HttpMethod.GET, "/api/projects?size=1000", null, "api", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call(HttpMethod.GET, "/api/projects?sort=secret", null, "api", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anUnknownProjectIsA404Problem() throws Exception {
    String unknown = "/api/projects/" + UUID.randomUUID();

    ResponseEntity<String> missing = call(HttpMethod.GET, unknown, null, "api", null);
    ResponseEntity<String> message = call(HttpMethod.POST, unknown + "/messages",
        "{\"type\": \"milestone-accepted\", \"milestone\": 1}", "api", null);

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(missing.getBody()).get("detail").asText()).startsWith("No project with id");
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void messagesAreCheckedFieldByFieldAndRefusedWith409WhenTheProjectIsNotReadyForThem() throws Exception {
    String id = open();
    String messages = "/api/projects/" + id + "/messages";

    assertThat(messageProblem(messages, "{\"type\": \"thanks\"}").get("errors").findValuesAsText("field"))
        .containsExactly("type");
    assertThat(messageProblem(messages, "{\"type\": \"milestone-accepted\"}").toString()).contains("milestone");
    assertThat(messageProblem(messages, "{\"type\": \"feedback\", \"rating\": 6}").get("errors")
        .findValuesAsText("field")).containsExactly("rating");
    assertThat(messageProblem(messages, "{\"type\": \"change\", \"text\": \"  \"}").toString()).contains("text");

    ResponseEntity<String> early = call(HttpMethod.POST, messages,
        "{\"type\": \"milestone-accepted\", \"milestone\": 1}", "api", null);
    ResponseEntity<String> noFeedbackYet = call(HttpMethod.POST, messages,
        "{\"type\": \"feedback\", \"rating\": 5, \"text\": \"Great\"}", "api", null);

    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(early.getBody()).get("detail").asText()).contains("its milestones are not set up yet");
    assertThat(noFeedbackYet.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Project project = projects.require(id);
    assertThat(project.rating()).as("nothing of a refused message is stored").isNull();
    assertThat(projects.milestones(id)).extracting(Milestone::status).doesNotContain(Milestone.ACCEPTED);
  }

  @Test
  void aChangeIsTakenInOnceAndTheNextWaitsUntilItIsDecided() throws Exception {
    String id = open();
    String messages = "/api/projects/" + id + "/messages";
    String change = "{\"type\": \"change\", \"text\": \"Dealers also reorder from their order history.\"}";

    ResponseEntity<String> first = call(HttpMethod.POST, messages, change, "api", null);
    ResponseEntity<String> retried = call(HttpMethod.POST, messages, change, "api", null);
    ResponseEntity<String> another = call(HttpMethod.POST, messages,
        "{\"type\": \"change\", \"text\": \"And a mobile app.\"}", "api", null);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(json.readTree(first.getBody()).get("changes").findValuesAsText("status"))
        .containsExactly(ProjectChange.REQUESTED);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(another.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(another.getBody()).get("detail").asText()).contains("a change is being decided");
    assertThat(projects.changes(id)).singleElement()
        .satisfies(taken -> assertThat(taken.request()).isEqualTo("Dealers also reorder from their order history."));
  }

  @Test
  void eachGroupMayDoWhatItsRoleNeedsAndNoMore() throws Exception {
    String id = open();

    assertThat(call(HttpMethod.POST, "/api/projects", PROJECT, "ceo", null).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(call(HttpMethod.GET, "/api/projects/" + id, null, "operator", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String refused : new String[] {"operator", "owner", "admin"}) {
      assertThat(call(HttpMethod.POST, "/api/projects", PROJECT, refused, null).getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(call(HttpMethod.POST, "/api/projects/" + id + "/messages",
          "{\"type\": \"change\", \"text\": \"Faster\"}", refused, null).getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call(HttpMethod.GET, "/api/projects/" + id, null, "owner", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.GET, "/api/agent-calls?projectId=" + id, null, "api", null).getStatusCode())
        .as("agent calls carry prompts: the CEO and operators read them").isEqualTo(HttpStatus.FORBIDDEN);
    HttpHeaders anonymous = new HttpHeaders();
    assertThat(http.exchange("/api/projects", HttpMethod.GET, new HttpEntity<>(anonymous), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(projects.changes(id)).isEmpty();
  }

  private String open() throws Exception {
    return json.readTree(call(HttpMethod.POST, "/api/projects", PROJECT, "api", null).getBody()).get("id").asText();
  }

  private JsonNode messageProblem(String path, String body) throws Exception {
    ResponseEntity<String> refused = call(HttpMethod.POST, path, body, "api", null);
    assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(refused.getBody());
  }

  private String problemField(String path) throws Exception {
    ResponseEntity<String> refused = call(HttpMethod.GET, path, null, "api", null);
    assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(refused.getBody()).get("errors").get(0).get("field").asText();
  }

  private JsonNode read(String path, String user) throws Exception {
    ResponseEntity<String> answer = call(HttpMethod.GET, path, null, user, null);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private long runs() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ServiceDeliveryProcess.PROCESS_ID).count();
  }

  private ResponseEntity<String> call(HttpMethod method, String path, String body, String user, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
