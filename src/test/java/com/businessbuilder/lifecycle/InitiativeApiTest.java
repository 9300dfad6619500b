package com.businessbuilder.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
 * {@code /api/initiatives} over HTTP: starting an initiative, following it, the CEO's messages, and what the API
 * refuses (with problem details naming the field) and to whom. The runs stay where the worker would pick them up:
 * the paths beyond are {@link BusinessLifecyclePathsTest}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InitiativeApiTest {

  static final String INITIATIVE = """
      {"goal": "Open an online shop for handmade furniture within 90 days", "constraints": ["Sell only in the EU"],
       "budget": 20000, "deadline": "%s"}""".formatted(LocalDate.now().plusDays(90));

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;
  @Autowired InitiativeRepository initiatives;

  @Test
  void aStartedInitiativeRunsAndCanBeFollowed() throws Exception {
    ResponseEntity<String> created = call(HttpMethod.POST, "/api/initiatives", INITIATIVE, "ceo", null);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String id = body.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasPath("/api/initiatives/" + id);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey(BusinessLifecycleProcess.PROCESS_ID).singleResult().getId())
        .isEqualTo(body.get("processInstanceId").asText());

    JsonNode initiative = read("/api/initiatives/" + id, "operator");
    assertThat(initiative.get("goal").asText()).startsWith("Open an online shop");
    assertThat(initiative.get("status").asText()).isEqualTo("RUNNING");
    assertThat(initiative.get("phase").asText()).isEqualTo("PLANNING");
    assertThat(initiative.get("currency").asText()).isEqualTo("EUR");
    assertThat(initiative.get("constraints")).hasSize(1);
    assertThat(initiative.at("/spend/budget").decimalValue()).isEqualByComparingTo("20000");
    assertThat(initiative.at("/spend/left").decimalValue()).isEqualByComparingTo("20000");
    assertThat(initiative.at("/plan/tasks")).isEmpty();
  }

  @Test
  void aRequestRepeatedWithItsIdempotencyKeyGetsTheFirstInitiativeAndAnotherIsRefused() throws Exception {
    String key = UUID.randomUUID().toString();
    ResponseEntity<String> first = call(HttpMethod.POST, "/api/initiatives", INITIATIVE, "api", key);
    long runs = runs();

    ResponseEntity<String> retried = call(HttpMethod.POST, "/api/initiatives", INITIATIVE, "api", key);
    ResponseEntity<String> reused = call(HttpMethod.POST, "/api/initiatives", INITIATIVE.replace("furniture",
        "lamps"), "api", key);

    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retried.getBody()).isEqualTo(first.getBody());
    assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json.readTree(reused.getBody()).get("detail").asText()).contains("Idempotency-Key", "initiative");
    assertThat(runs()).isEqualTo(runs);
  }

  @Test
  void anInvalidInitiativeIsA400ProblemNamingEachBadFieldAndStartsNothing() throws Exception {
    long runs = runs();

    ResponseEntity<String> refused = call(HttpMethod.POST, "/api/initiatives", """
        {"goal": "Shop", "constraints": [" "], "budget": -5, "currency": "euro", "deadline": "2020-01-01"}""",
        "ceo", null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "goal", "constraints[0]", "budget", "currency", "deadline");
    assertThat(fieldOf(call(HttpMethod.POST, "/api/initiatives", INITIATIVE.replaceFirst("\"deadline\": \"[^\"]*\"",
        "\"deadline\": \"next year\""), "ceo", null))).isEqualTo("deadline");
    assertThat(call(HttpMethod.POST, "/api/initiatives", "{\"goal\": ", "ceo", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(runs()).isEqualTo(runs);
  }

  @Test
  void theListIsFilteredPagedAndRefusesWhatItCannotDo() throws Exception {
    String id = start();

    JsonNode page = read("/api/initiatives?status=RUNNING&phase=PLANNING&size=100", "ceo");
    assertThat(page.get("items").findValuesAsText("id")).contains(id);
    assertThat(page.get("items")).allSatisfy(item -> assertThat(item.get("phase").asText()).isEqualTo("PLANNING"));
    assertThat(read("/api/initiatives?status=RETIRED", "ceo").get("items").findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(read("/api/initiatives?size=1", "ceo").get("items")).hasSize(1);
    assertThat(fieldOf(call(HttpMethod.GET, "/api/initiatives?phase=SOMEWHERE", null, "ceo", null)))
        .isEqualTo("phase");
    assertThat(fieldOf(call(HttpMethod.GET, "/api/initiatives?status=ALIVE", null, "ceo", null)))
        .isEqualTo("status");
    assertThat(call(HttpMethod.GET, "/api/initiatives?sort=secret", null, "ceo", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call(HttpMethod.GET, "/api/initiatives/" + UUID.randomUUID(), null, "ceo", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void messagesAreCheckedAndRefusedWith409WhenTheInitiativeCannotTakeThem() throws Exception {
    String id = start();
    String messages = "/api/initiatives/" + id + "/messages";

    assertThat(fieldOf(call(HttpMethod.POST, messages, "{\"type\": \"thanks\"}", "ceo", null))).isEqualTo("type");
    assertThat(call(HttpMethod.POST, messages, "{\"type\": \"instruction\", \"text\": \" \"}", "ceo", null)
        .getBody()).contains("text");
    ResponseEntity<String> tooEarly = call(HttpMethod.POST, messages,
        "{\"type\": \"strategic-change\", \"text\": \"Sell to hotels\"}", "ceo", null);
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(tooEarly.getBody()).get("detail").asText()).contains("only once it operates");
    assertThat(read("/api/initiatives/" + id, "ceo").get("messages")).as("nothing of a refused message is stored")
        .isEmpty();

    ResponseEntity<String> retired = call(HttpMethod.POST, messages, "{\"type\": \"retire\", \"text\": \"No\"}",
        "ceo", null);
    ResponseEntity<String> again = call(HttpMethod.POST, messages, "{\"type\": \"retire\", \"text\": \"No\"}",
        "ceo", null);
    assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(read("/api/initiatives/" + id, "ceo").get("messages")).hasSize(1);
  }

  @Test
  void eachGroupMayDoWhatItsRoleNeedsAndNoMore() throws Exception {
    String id = start();

    assertThat(call(HttpMethod.GET, "/api/initiatives/" + id, null, "operator", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String refused : new String[] {"operator", "owner", "admin"}) {
      assertThat(call(HttpMethod.POST, "/api/initiatives", INITIATIVE, refused, null).getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String refused : new String[] {"operator", "owner", "admin", "api"}) {
      assertThat(call(HttpMethod.POST, "/api/initiatives/" + id + "/messages",
          "{\"type\": \"retire\", \"text\": \"Mine\"}", refused, null).getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call(HttpMethod.GET, "/api/initiatives", null, "owner", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  String start() throws Exception {
    return json.readTree(call(HttpMethod.POST, "/api/initiatives", INITIATIVE, "ceo", null).getBody()).get("id")
        .asText();
  }

  long runs() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(BusinessLifecycleProcess.PROCESS_ID).count();
  }

  JsonNode read(String path, String user) throws Exception {
    ResponseEntity<String> response = call(HttpMethod.GET, path, null, user, null);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  String fieldOf(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(response.getBody()).get("errors").get(0).get("field").asText();
  }

  ResponseEntity<String> call(HttpMethod method, String path, String body, String user, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
