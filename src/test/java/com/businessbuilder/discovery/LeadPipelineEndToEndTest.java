package com.businessbuilder.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import com.businessbuilder.testing.ProcessDriver;
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
 * The pipeline as its users drive it, on a real PostgreSQL: an integration submits a lead over the API, the worker
 * researches, qualifies and enriches it, the DMN scores it HOT, and the CEO approves it over the engine's REST API,
 * where the integration user cannot even see the gate. The engine writes the history the application ships with
 * (lean).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
class LeadPipelineEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver discovery;
  @Autowired HistoryService history;

  @Test
  void hotLeadGoesFromTheApiThroughTheCeoGateToSales() throws Exception {
    String lead = """
        {"company": "Acme Software GmbH", "contactEmail": "cto@acme-software.example", "industry": "software",
         "employees": 450, "annualBudget": 120000, "website": "https://acme-software.example",
         "notes": "Budget approved, we need a partner this quarter", "source": "referral"}""";
    ResponseEntity<String> created = call(HttpMethod.POST, "/api/leads", lead, "api");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode ids = json.readTree(created.getBody());
    String leadId = ids.get("id").asText();

    discovery.advance(ids.get("processInstanceId").asText());

    JsonNode scored = json.readTree(call(HttpMethod.GET, "/api/leads/" + leadId, null, "api").getBody());
    assertThat(scored.get("status").asText()).isEqualTo("AWAITING_CEO_APPROVAL");
    assertThat(scored.get("tier").asText()).isEqualTo("HOT");
    assertThat(scored.get("score").asInt()).isPositive();
    assertThat(scored.get("currentStep").asText()).isEqualTo("Approve pursuing lead");
    assertThat(scored.get("factors")).isNotEmpty();

    JsonNode agentCalls = json.readTree(call(HttpMethod.GET, "/api/agent-calls?processInstanceId="
        + ids.get("processInstanceId").asText(), null, "ceo").getBody());
    assertThat(agentCalls.findValuesAsText("task"))
        .containsExactly("market-research", "lead-qualification", "lead-enrichment");
    assertThat(agentCalls.findValuesAsText("provider")).containsOnly("offline");
    assertThat(agentCalls.findValuesAsText("outcome")).containsOnly("ANSWERED");
    assertThat(agentCalls.get(0).get("prompt").asText()).contains("Acme Software GmbH");

    String tasksOfThisLead = "/engine-rest/task?processInstanceBusinessKey=" + leadId;
    assertThat(json.readTree(call(HttpMethod.GET, tasksOfThisLead, null, "api").getBody()))
        .as("the integration user does not see the CEO gate").isEmpty();
    JsonNode ceoTasks = json.readTree(call(HttpMethod.GET, tasksOfThisLead, null, "ceo").getBody());
    assertThat(ceoTasks).hasSize(1);
    String taskId = ceoTasks.get(0).get("id").asText();

    JsonNode form = json.readTree(call(HttpMethod.GET, "/engine-rest/task/" + taskId + "/form-variables", null,
        "ceo").getBody());
    assertThat(form.get("leadScore").get("value").asInt()).isEqualTo(scored.get("score").asInt());
    assertThat(form.get("scoreFactors").get("value").asText()).isNotBlank();

    String runId = ids.get("processInstanceId").asText();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(runId).includeInputs()
        .includeOutputs().list()).as("lean history keeps the decisions Cockpit shows, with inputs and outputs")
        .extracting(decision -> decision.getDecisionDefinitionKey())
        .containsExactlyInAnyOrder("lead-scoring", "lead-routing");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(runId).count()).isOne();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(runId).count()).isOne();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(runId).count())
        .as("the steps the command center shows").isPositive();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(runId).count()
        + history.createHistoricDetailQuery().processInstanceId(runId).count()
        + history.createHistoricExternalTaskLogQuery().processInstanceId(runId).count())
        .as("nor variables, their changes or the external-task log, which nobody reads").isZero();

    String approve = """
        {"variables": {"decision": {"value": "approve"}, "comment": {"value": "Strong fit, go"}}}""";
    assertThat(call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", approve, "api").getStatusCode())
        .as("the integration user cannot complete it either").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", approve, "ceo").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    discovery.advance(ids.get("processInstanceId").asText());

    JsonNode handedOver = json.readTree(call(HttpMethod.GET, "/api/leads/" + leadId, null, "api").getBody());
    assertThat(handedOver.get("status").asText()).isEqualTo("HANDED_TO_SALES");
    assertThat(handedOver.has("currentStep")).isFalse();
    String dealId = handedOver.get("dealId").asText();
    JsonNode deal = json.readTree(call(HttpMethod.GET, "/api/deals/" + dealId, null, "api").getBody());
    assertThat(deal.get("leadId").asText()).as("the handoff opened the lead's deal").isEqualTo(leadId);
    assertThat(deal.get("company").asText()).isEqualTo("Acme Software GmbH");
    JsonNode dealsOfTheLead = json.readTree(call(HttpMethod.GET, "/api/deals?leadId=" + leadId, null, "api")
        .getBody());
    assertThat(dealsOfTheLead.get("total").asInt()).isOne();
  }

  @Test
  void ceoGateOverRestRefusesAnInvalidDecisionWithA400() throws Exception {
    String lead = """
        {"company": "Beta Software", "contactEmail": "cto@beta-software.example", "industry": "software",
         "employees": 450, "annualBudget": 120000, "website": "https://beta-software.example",
         "notes": "Budget approved, we need a partner this quarter", "source": "referral"}""";
    JsonNode ids = json.readTree(call(HttpMethod.POST, "/api/leads", lead, "api").getBody());
    discovery.advance(ids.get("processInstanceId").asText());
    String taskId = json.readTree(call(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey="
        + ids.get("id").asText(), null, "ceo").getBody()).get(0).get("id").asText();

    ResponseEntity<String> refused = call(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"reject\"}}}", "ceo");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .as("names the form's field and what to do").endsWith(": Comment: required when you reject; say why");
  }

  @Test
  void agentCallsNeedAProcessInstance() throws Exception {
    ResponseEntity<String> refused = call(HttpMethod.GET, "/api/agent-calls", null, "operator");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("processInstanceId");
  }

  private ResponseEntity<String> call(HttpMethod method, String path, String body, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
