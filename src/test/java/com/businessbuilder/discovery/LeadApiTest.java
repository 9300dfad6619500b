package com.businessbuilder.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.businessbuilder.testing.ProcessDriver;
import java.time.Instant;
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
  @Autowired ProcessDriver driver;

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
  void textsAreJsonStringsWithoutControlCharactersAndNumbersAreNumbers() throws Exception {
    long before = runs();
    JsonNode notText = json.readTree(post("{\"company\":true,\"contactEmail\":\"a@b.example\"}", null).getBody());
    JsonNode negative = json.readTree(post("{\"company\":-1,\"contactEmail\":\"a@b.example\"}", null).getBody());
    JsonNode nul = json.readTree(post("{\"company\":\"Nul\\u0000byte\",\"contactEmail\":\"a@b.example\"}", null)
        .getBody());
    JsonNode quoted = json.readTree(post("{\"company\":\"Acme\",\"contactEmail\":\"a@b.example\","
        + "\"employees\":\"12\"}", null).getBody());

    assertThat(notText.get("errors").get(0).get("field").asText()).isEqualTo("company");
    assertThat(notText.get("errors").get(0).get("message").asText()).isEqualTo("must be a text (a JSON string)");
    assertThat(negative.get("errors").get(0).get("field").asText()).isEqualTo("company");
    assertThat(nul.get("errors").get(0).get("message").asText()).isEqualTo("must not contain control characters");
    assertThat(quoted.get("errors").get(0).get("field").asText()).isEqualTo("employees");
    assertThat(quoted.get("errors").get(0).get("message").asText()).isEqualTo("must be a whole number");
    assertThat(runs()).isEqualTo(before);
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
  void idempotencyKeysBelongToTheCallerWhoSentThem() throws Exception {
    String key = UUID.randomUUID().toString();
    String lead = "{\"company\":\"Shared Key Ltd\",\"contactEmail\":\"a@shared.example\"}";
    ResponseEntity<String> integration = post("api", lead, key);
    long after = runs();

    ResponseEntity<String> ceo = post("ceo", lead, key);

    assertThat(ceo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(ceo.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(json.readTree(ceo.getBody()).get("id")).isNotEqualTo(json.readTree(integration.getBody()).get("id"));
    assertThat(runs()).isEqualTo(after + 1);
    assertThat(jdbc.sql("select submitted_by from bb_lead where idempotency_key = ? order by submitted_by")
        .param(key).query(String.class).list()).containsExactly("api", "ceo");
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

  @Test
  void leadsAreListedByStatusTierAndTimeAPageAtATime() throws Exception {
    String since = Instant.now().minusMillis(1).toString();
    String hot = submitAndAdvance(SampleLeads.hot());
    String cold = submitAndAdvance(SampleLeads.cold());
    String fresh = json.readTree(post("{\"company\":\"Fresh Co\",\"contactEmail\":\"ceo@fresh.example\"}", null)
        .getBody()).get("id").asText();

    JsonNode all = list("/api/leads?createdFrom=" + since);
    assertThat(all.get("total").asLong()).isEqualTo(3);
    assertThat(all.get("items").findValuesAsText("id")).as("newest first").containsExactly(fresh, cold, hot);
    assertThat(list("/api/leads?createdFrom=" + since + "&tier=hot").get("items").findValuesAsText("id"))
        .containsExactly(hot);
    assertThat(list("/api/leads?createdFrom=" + since + "&status=ARCHIVED").get("items").findValuesAsText("id"))
        .containsExactly(cold);
    JsonNode awaiting = list("/api/leads?createdFrom=" + since + "&status=AWAITING_CEO_APPROVAL").get("items");
    assertThat(awaiting).singleElement().satisfies(lead -> {
      assertThat(lead.get("tier").asText()).isEqualTo("HOT");
      assertThat(lead.get("currentStep").asText()).isEqualTo("Approve pursuing lead");
      assertThat(lead.get("factors")).isNotEmpty();
    });
    JsonNode secondPage = list("/api/leads?createdFrom=" + since + "&sort=createdAt,asc&size=2&page=1");
    assertThat(secondPage.get("items").findValuesAsText("id")).containsExactly(fresh);
    assertThat(secondPage.get("page").asInt()).isOne();
    assertThat(secondPage.get("size").asInt()).isEqualTo(2);
    assertThat(secondPage.get("total").asLong()).isEqualTo(3);
    assertThat(list("/api/leads?createdFrom=" + since + "&sort=score,desc&size=1").get("items")
        .findValuesAsText("id")).containsExactly(hot);
    assertThat(list("/api/leads?createdTo=" + since + "&size=100").get("items").findValuesAsText("id"))
        .doesNotContain(hot, cold, fresh);
  }

  @Test
  void badListParametersAreA400NamingTheParameter() throws Exception {
    for (String[] bad : new String[][] {{"status=SLEEPING", "status"}, {"tier=LUKEWARM", "tier"},
        {"size=0", "size"}, {"size=101", "size"}, {"page=-1", "page"}, {"sort=colour", "sort"},
        {"sort=company,sideways", "sort"}, {"createdFrom=yesterday", "createdFrom"}}) {
      ResponseEntity<String> refused = get("/api/leads?" + bad[0]);

      assertThat(refused.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).as(bad[0])
          .containsExactly(bad[1]);
    }
  }

  @Test
  void notesLearntLaterAreTheLeadsAndShownWithIt() throws Exception {
    String id = json.readTree(post("{\"company\":\"Later Co\",\"contactEmail\":\"ceo@later.example\"}", null)
        .getBody()).get("id").asText();

    ResponseEntity<String> patched = patch("/api/leads/" + id, "{\"notes\":\"  Budget approved last week  \"}");

    assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(get("/api/leads/" + id).getBody()).get("notes").asText())
        .isEqualTo("Budget approved last week");
    assertThat(patch("/api/leads/" + id, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(patch("/api/leads/" + id, "{}").getBody()).get("errors").findValuesAsText("field"))
        .containsExactly("notes");
    assertThat(patch("/api/leads/" + UUID.randomUUID(), "{\"notes\":\"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String submitAndAdvance(LeadRequest lead) throws Exception {
    JsonNode created = json.readTree(post(json.writeValueAsString(lead), null).getBody());
    driver.advance(created.get("processInstanceId").asText());
    return created.get("id").asText();
  }

  private JsonNode list(String path) throws Exception {
    ResponseEntity<String> listed = get(path);
    assertThat(listed.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return json.readTree(listed.getBody());
  }

  private ResponseEntity<String> patch(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("api", "api");
    return http.exchange(path, HttpMethod.PATCH, new HttpEntity<>(body, headers), String.class);
  }

  private long runs() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ClientDiscoveryProcess.PROCESS_ID).count();
  }

  private ResponseEntity<String> post(String body, String idempotencyKey) {
    return post("api", body, idempotencyKey);
  }

  private ResponseEntity<String> post(String user, String body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, user);
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
