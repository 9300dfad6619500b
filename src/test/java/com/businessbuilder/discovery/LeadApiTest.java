package com.businessbuilder.discovery;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeadApiTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @Test
  void submittedLeadIsCreatedWithItsRunAndCanBeFollowed() throws Exception {
    ResponseEntity<String> created = post(
        "{\"company\":\"Acme\",\"contactEmail\":\"cto@acme.example\",\"industry\":\"Software\",\"employees\":450}",
        null);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String id = body.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasPath("/api/leads/" + id);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId())
        .isEqualTo(body.get("processInstanceId").asText());

    JsonNode lead = json.readTree(get("/api/leads/" + id).getBody());
    assertThat(lead.get("company").asText()).isEqualTo("Acme");
    assertThat(lead.get("industry").asText()).as("normalised").isEqualTo("software");
    assertThat(lead.get("status").asText()).isEqualTo("IN_DISCOVERY");
    assertThat(lead.get("currentStep").asText()).isEqualTo("Research market");
  }

  @Test
  void invalidLeadIsRefusedNamingEachBadFieldAndStartsNothing() throws Exception {
    long before = runs();

    ResponseEntity<String> refused = post("{\"company\":\" \",\"contactEmail\":\"not-an-address\","
        + "\"employees\":0,\"annualBudget\":-5,\"website\":\"not a site\",\"source\":\"carrier pigeon\"}", null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(refused.getBody());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("annualBudget", "company", "contactEmail", "employees", "source", "website");
    assertThat(refused.getBody()).doesNotContain("Exception").doesNotContain("at com.");
    assertThat(runs()).isEqualTo(before);
  }

  @Test
  void missingRequiredFieldsAreNamed() throws Exception {
    JsonNode problem = json.readTree(post("{}", null).getBody());

    assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("company", "contactEmail");
  }

  @Test
  void malformedJsonIsA400ProblemAndStartsNothing() throws Exception {
    long before = runs();

    ResponseEntity<String> refused = post("{\"company\": \"Acme\", ", null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("detail").asText()).isEqualTo("The request body is not valid JSON");
    assertThat(runs()).isEqualTo(before);
  }

  @Test
  void wrongTypeAndUnknownFieldsAreNamed() throws Exception {
    JsonNode wrongType = json.readTree(post("{\"company\":\"Acme\",\"contactEmail\":\"a@b.example\","
        + "\"employees\":\"many\"}", null).getBody());
    JsonNode unknown = json.readTree(post("{\"company\":\"Acme\",\"contactEmail\":\"a@b.example\","
        + "\"compnay\":\"typo\"}", null).getBody());

    assertThat(wrongType.get("errors").get(0).get("field").asText()).isEqualTo("employees");
    assertThat(unknown.get("errors").get(0).get("field").asText()).isEqualTo("compnay");
    assertThat(unknown.get("errors").get(0).get("message").asText()).isEqualTo("is not a known field");
  }

  @Test
  void unknownLeadIsA404Problem() throws Exception {
    ResponseEntity<String> missing = get("/api/leads/" + UUID.randomUUID());

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(missing.getBody()).get("detail").asText()).startsWith("No lead with id");
  }

  @Test
  void repeatedIdempotencyKeyReturnsTheFirstLeadAndStartsNothingNew() throws Exception {
    String key = UUID.randomUUID().toString();
    String lead = "{\"company\":\"Repeat Ltd\",\"contactEmail\":\"ops@repeat.example\"}";

    ResponseEntity<String> first = post(lead, key);
    long after = runs();
    ResponseEntity<String> second = post(lead, key);

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(runs()).isEqualTo(after);
    assertThat(jdbc.sql("select count(*) from bb_lead where idempotency_key = ?").param(key).query(Long.class)
        .single()).isEqualTo(1);
  }

  @Test
  void idempotencyKeyReusedForADifferentLeadIsRefused() throws Exception {
    String key = UUID.randomUUID().toString();
    post("{\"company\":\"First Ltd\",\"contactEmail\":\"a@first.example\"}", key);
    long after = runs();

    ResponseEntity<String> reused = post("{\"company\":\"Second Ltd\",\"contactEmail\":\"a@second.example\"}", key);

    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json.readTree(reused.getBody()).get("detail").asText()).contains("Idempotency-Key");
    assertThat(runs()).isEqualTo(after);
  }

  @Test
  void overlongIdempotencyKeyIsRefused() throws Exception {
    ResponseEntity<String> refused = post("{\"company\":\"Acme\",\"contactEmail\":\"a@acme.example\"}",
        "k".repeat(256));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("errors").get(0).get("field").asText())
        .isEqualTo("Idempotency-Key");
  }

  @Test
  void openApiDescribesTheLeadApi() throws Exception {
    ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);

    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(docs.getBody()).get("paths").has("/api/leads")).isTrue();
    assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private long runs() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ClientDiscoveryProcess.PROCESS_ID).count();
  }

  private ResponseEntity<String> post(String body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("api", "api");
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.exchange("/api/leads", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("api", "api");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
