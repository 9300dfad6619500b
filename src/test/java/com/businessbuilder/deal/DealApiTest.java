package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    assertThat(deal.get("currentStep").asText()).isEqualTo("Draft outreach e-mail");
  }

  @Test
  void theSameLeadOpensOneDeal() throws Exception {
    String lead = "{\"leadId\":\"" + UUID.randomUUID() + "\"," + DEAL.substring(1);

    JsonNode first = json.readTree(post("/api/deals", lead).getBody());
    JsonNode second = json.readTree(post("/api/deals", lead).getBody());

    assertThat(second.get("id").asText()).isEqualTo(first.get("id").asText());
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
    runtime.createProcessInstanceModification(run).cancelAllForActivity(DealClosingProcess.Elements.DRAFT_OUTREACH)
        .startBeforeActivity(DealClosingProcess.Elements.GATEWAY_AWAIT_REPLY).execute();
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

  private ResponseEntity<String> post(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("api", "api");
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("api", "api");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
