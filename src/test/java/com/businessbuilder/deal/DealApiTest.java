package com.businessbuilder.deal;

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
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(DealTestDoubles.class)
class DealApiTest {

  static final String DEAL = "{\"company\":\"Acme Robotics\",\"contactName\":\"Dana Reyes\","
      + "\"contactEmail\":\"dana@acme.example\",\"employees\":300,\"risk\":\"medium\"}";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;

  @Test
  void openedDealIsCreatedWithItsRunAndCanBeFollowed() throws Exception {
    ResponseEntity<String> created = post("/api/deals", DEAL);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String id = body.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasPath("/api/deals/" + id);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey(DealClosingProcess.PROCESS_ID).singleResult().getId())
        .isEqualTo(body.get("processInstanceId").asText());

    JsonNode deal = json.readTree(get("/api/deals/" + id).getBody());
    assertThat(deal.get("company").asText()).isEqualTo("Acme Robotics");
    assertThat(deal.get("risk").asText()).isEqualTo("medium");
    assertThat(deal.get("status").asText()).isEqualTo("OPEN");
    assertThat(deal.get("stage").asText()).isEqualTo("OUTREACH");
    assertThat(deal.get("currentStep").asText()).isEqualTo("Brief the outreach writer");
  }

  @Test
  void theSameLeadOpensOneDeal() throws Exception {
    String lead = "{\"leadId\":\"" + UUID.randomUUID() + "\"," + DEAL.substring(1);

    JsonNode first = json.readTree(post("/api/deals", lead).getBody());
    JsonNode second = json.readTree(post("/api/deals", lead).getBody());

    assertThat(second.get("id").asText()).isEqualTo(first.get("id").asText());
  }

  @Test
  void aRequestRepeatedWithItsIdempotencyKeyGetsTheFirstDealAndStartsNothingNew() throws Exception {
    String key = UUID.randomUUID().toString();
    ResponseEntity<String> first = post("/api/deals", DEAL, key);
    long after = runs();

    ResponseEntity<String> retried = post("/api/deals", DEAL, key);

    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retried.getBody()).isEqualTo(first.getBody());
    assertThat(retried.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(runs()).isEqualTo(after);
    assertThat(json.readTree(post("/api/deals", DEAL, UUID.randomUUID().toString()).getBody()).get("id").asText())
        .as("another key is another deal").isNotEqualTo(json.readTree(first.getBody()).get("id").asText());
  }

  @Test
  void anIdempotencyKeyReusedForAnotherDealIsRefused() throws Exception {
    String key = UUID.randomUUID().toString();
    post("/api/deals", DEAL, key);
    long after = runs();

    ResponseEntity<String> reused = post("/api/deals", DEAL.replace("Acme Robotics", "Initech"), key);

    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(json.readTree(reused.getBody()).get("detail").asText()).contains("Idempotency-Key", "deal");
    assertThat(runs()).isEqualTo(after);
  }

  @Test
  void invalidDealIsA400ProblemNamingEachBadField() throws Exception {
    ResponseEntity<String> refused = post("/api/deals",
        "{\"company\":\" \",\"contactEmail\":\"not-an-address\",\"risk\":\"extreme\"}");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("company", "contactEmail", "risk");
  }

  @Test
  void unknownDealIsA404Problem() throws Exception {
    ResponseEntity<String> missing = get("/api/deals/" + UUID.randomUUID());
    ResponseEntity<String> message = post("/api/deals/" + UUID.randomUUID() + "/messages",
        "{\"type\":\"reply\",\"text\":\"Hello\"}");

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(missing.getBody()).get("detail").asText()).startsWith("No deal with id");
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void messageTheDealDoesNotWaitForIsA409Problem() throws Exception {
    String id = json.readTree(post("/api/deals", DEAL).getBody()).get("id").asText();

    ResponseEntity<String> early = post("/api/deals/" + id + "/messages",
        "{\"type\":\"reply\",\"text\":\"Sounds interesting\"}");

    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(early.getBody()).get("detail").asText()).contains("does not wait for a client reply");
    assertThat(json.readTree(get("/api/deals/" + id).getBody()).get("messages")).isEmpty();
  }

  @Test
  void replyTheDealWaitsForIsAcceptedAndMovesTheDealOn() throws Exception {
    JsonNode created = json.readTree(post("/api/deals", DEAL).getBody());
    String id = created.get("id").asText();
    String run = created.get("processInstanceId").asText();
    // as if the outreach had been sent
    runtime.createProcessInstanceModification(run).cancelAllForActivity(DealClosingProcess.Elements.STAGE_OUTREACH)
        .startBeforeActivity(DealClosingProcess.Elements.STAGE_AWAIT_REPLY).execute();
    assertThat(json.readTree(get("/api/deals/" + id).getBody()).get("stage").asText()).isEqualTo("AWAITING_REPLY");

    ResponseEntity<String> reply = post("/api/deals/" + id + "/messages",
        "{\"type\":\"reply\",\"text\":\"We need a dealer portal\"}");

    assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    JsonNode deal = json.readTree(reply.getBody());
    assertThat(deal.get("stage").asText()).isEqualTo("NEEDS_ASSESSMENT");
    assertThat(deal.get("messages").get(0).get("text").asText()).isEqualTo("We need a dealer portal");
    assertThat(post("/api/deals/" + id + "/messages", "{\"type\":\"reply\",\"text\":\"Again\"}").getStatusCode())
        .as("a second reply finds no deal waiting for one").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void invalidMessageIsA400Problem() throws Exception {
    String id = json.readTree(post("/api/deals", DEAL).getBody()).get("id").asText();

    ResponseEntity<String> badType = post("/api/deals/" + id + "/messages", "{\"type\":\"letter\",\"text\":\"Hi\"}");
    ResponseEntity<String> noAnswer = post("/api/deals/" + id + "/messages", "{\"type\":\"answer\",\"text\":\"Hi\"}");

    assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badType.getBody()).get("errors").findValuesAsText("field")).containsExactly("type");
    assertThat(noAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noAnswer.getBody()).get("detail").asText()).contains("accept, counter or decline");
  }

  @Test
  void dealsAreListedByStatusStageLeadAndTimeAPageAtATime() throws Exception {
    String since = Instant.now().minusMillis(1).toString();
    String leadId = UUID.randomUUID().toString();
    JsonNode second = json.readTree(post("/api/deals", "{\"leadId\":\"" + leadId + "\"," + DEAL.substring(1))
        .getBody());
    driver.advance(second.get("processInstanceId").asText());
    JsonNode first = json.readTree(post("/api/deals", DEAL).getBody());

    JsonNode all = list("/api/deals?createdFrom=" + since);
    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(all.get("items").findValuesAsText("id")).as("newest first")
        .containsExactly(first.get("id").asText(), second.get("id").asText());
    assertThat(all.get("items").get(0).has("messages")).as("lists leave the conversation out").isFalse();
    assertThat(list("/api/deals?createdFrom=" + since + "&stage=AWAITING_REPLY").get("items")
        .findValuesAsText("id")).containsExactly(second.get("id").asText());
    assertThat(list("/api/deals?createdFrom=" + since + "&stage=outreach&status=open").get("items")
        .findValuesAsText("id")).containsExactly(first.get("id").asText());
    assertThat(list("/api/deals?leadId=" + leadId).get("items").findValuesAsText("id"))
        .containsExactly(second.get("id").asText());
    assertThat(list("/api/deals?createdFrom=" + since + "&sort=createdAt,asc&size=1&page=1").get("items")
        .findValuesAsText("id")).containsExactly(first.get("id").asText());
    for (String[] bad : new String[][] {{"stage=SIGNED", "stage"}, {"status=PENDING", "status"},
        {"sort=risk", "sort"}, {"createdTo=soon", "createdTo"}}) {
      ResponseEntity<String> refused = get("/api/deals?" + bad[0]);
      assertThat(refused.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).containsExactly(bad[1]);
    }
  }

  @Test
  void aDealsAgentCallsIncludeThoseOfItsQualityGates() throws Exception {
    JsonNode opened = json.readTree(post("/api/deals", DEAL).getBody());
    String id = opened.get("id").asText();
    String run = opened.get("processInstanceId").asText();
    driver.advance(run);

    JsonNode ofTheDeal = list("/api/agent-calls?dealId=" + id);
    assertThat(ofTheDeal.findValuesAsText("activityId")).as("the outreach drafted in its quality gate")
        .contains("ServiceTask_DraftDeliverable");
    assertThat(ofTheDeal.findValuesAsText("pipelineKey")).containsOnly(id);
    assertThat(ofTheDeal.findValuesAsText("processInstanceId")).doesNotContain(run);
    assertThat(list("/api/agent-calls?processInstanceId=" + run)).as("the deal's own run asked no agent yet")
        .isEmpty();
    assertThat(get("/api/agent-calls").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/agent-calls?dealId=" + id + "&leadId=" + id).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private JsonNode list(String path) throws Exception {
    ResponseEntity<String> listed = get(path);
    assertThat(listed.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return json.readTree(listed.getBody());
  }

  private ResponseEntity<String> post(String path, String body) {
    return post(path, body, null);
  }

  private ResponseEntity<String> post(String path, String body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("api", "api");
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private long runs() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(DealClosingProcess.PROCESS_ID).count();
  }

  private ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    // agent calls carry prompts: the CEO reads them, integrations do not (docs/security.md)
    String user = path.startsWith("/api/agent-calls") ? "ceo" : "api";
    headers.setBasicAuth(user, user);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
