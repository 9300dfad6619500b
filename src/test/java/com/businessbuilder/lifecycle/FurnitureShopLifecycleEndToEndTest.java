package com.businessbuilder.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
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
 * The CEO's goal "Open an online shop for handmade furniture within 90 days, budget 20,000 EUR" through all four
 * phases on a real PostgreSQL with the offline agents: started over the API, every CEO gate completed over the
 * engine's REST API as user {@code ceo} (as Tasklist does), two operations cycles writing KPI snapshots, then
 * retired over the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
class FurnitureShopLifecycleEndToEndTest {

  static final String GOAL = "Open an online shop for handmade furniture within 90 days";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ExternalTaskWorker worker;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @Test
  void theFurnitureShopIsPlannedBuiltLaunchedOperatedAndRetired() throws Exception {
    ResponseEntity<String> started = call(HttpMethod.POST, "/api/initiatives", """
        {"goal": "%s", "constraints": ["Sell only in the EU", "Work with the three carpenters we know"],
         "budget": 20000, "currency": "EUR", "deadline": "%s"}""".formatted(GOAL, LocalDate.now().plusDays(90)));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = json.readTree(started.getBody()).get("id").asText();
    settle();

    JsonNode planned = initiative(id);
    assertThat(planned.get("phase").asText()).isEqualTo("PLANNING");
    assertThat(planned.at("/plan/analysis/market").toString()).contains("handmade furniture");
    assertThat(planned.at("/plan/tasks").findValuesAsText("department"))
        .contains("engineering", "legal", "logistics", "marketing", "finance", "sales");
    assertThat(planned.at("/plan/team").findValuesAsText("role")).isNotEmpty();
    assertThat(planned.at("/plan/costEstimate").decimalValue()).isPositive().isLessThan(planned.get("budget")
        .decimalValue());
    JsonNode gate = openGate(id);
    assertThat(gate.get("taskDefinitionKey").asText()).isEqualTo(BusinessLifecycleProcess.Elements.APPROVE_PLAN);
    JsonNode shown = json.readTree(call(HttpMethod.GET, "/engine-rest/task/" + gate.get("id").asText()
        + "/form-variables", null).getBody());
    assertThat(shown.at("/planTasks/value").asText()).contains("logistics:", "Build the online shop");
    assertThat(shown.at("/planSummary/value").asText()).contains("against a budget of EUR 20,000");
    decide(gate, "approve");

    JsonNode launch = openGate(id);
    assertThat(launch.get("taskDefinitionKey").asText()).isEqualTo(BusinessLifecycleProcess.Elements.APPROVE_LAUNCH);
    JsonNode building = initiative(id);
    assertThat(building.get("phase").asText()).isEqualTo("LAUNCH");
    assertThat(building.at("/plan/tasks").findValuesAsText("status")).containsOnly("DONE");
    assertThat(building.get("progress").get("logistics").get("DONE").asInt()).isPositive();
    decide(launch, "approve");

    JsonNode live = initiative(id);
    assertThat(live.get("phase").asText()).isEqualTo("OPERATIONS");
    assertThat(live.get("launchedAt").asText()).isNotBlank();
    assertThat(call(HttpMethod.GET, "/api/outbox?dealId=" + id, null).getBody()).contains("Launched: " + GOAL);

    operationsCycle(id);
    operationsCycle(id);

    JsonNode operating = initiative(id);
    List<Integer> periods = operating.get("kpis").findValues("period").stream().map(JsonNode::asInt).toList();
    assertThat(periods).contains(1, 2);
    assertThat(operating.get("kpis").findValuesAsText("department"))
        .contains("finance", "sales", "delivery", "operations");
    assertThat(operating.get("decisions").findValuesAsText("decidedBy")).containsOnly("ceo");
    assertThat(operating.get("decisions").findValuesAsText("gate"))
        .containsExactly(BusinessLifecycleProcess.Elements.APPROVE_PLAN, BusinessLifecycleProcess.Elements.APPROVE_LAUNCH);

    ResponseEntity<String> retired = call(HttpMethod.POST, "/api/initiatives/" + id + "/messages",
        "{\"type\": \"retire\", \"text\": \"Sold the shop\"}");
    assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    settle();
    JsonNode ended = initiative(id);
    assertThat(ended.get("status").asText()).isEqualTo("RETIRED");
    assertThat(ended.get("phase").asText()).isEqualTo("RETIRED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
  }

  JsonNode initiative(String id) throws IOException {
    return json.readTree(call(HttpMethod.GET, "/api/initiatives/" + id, null).getBody());
  }

  JsonNode openGate(String id) throws IOException {
    JsonNode tasks = json.readTree(call(HttpMethod.GET,
        "/engine-rest/task?candidateGroup=ceo&processInstanceBusinessKey=" + id, null).getBody());
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  void decide(JsonNode gate, String decision) {
    ResponseEntity<String> done = call(HttpMethod.POST, "/engine-rest/task/" + gate.get("id").asText()
        + "/complete", "{\"variables\": {\"decision\": {\"value\": \"" + decision + "\"}, \"comment\": "
        + "{\"value\": \"Go ahead\"}}}");
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    settle();
  }

  /** The cycle's timer is due: the job executor would run it; the test runs it and the work it starts. */
  void operationsCycle(String id) {
    List<String> runs = new ArrayList<>();
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list().forEach(run -> runs.add(run.getId()));
    List<Job> timers = runs.stream().flatMap(run -> management.createJobQuery().processInstanceId(run).timers()
        .list().stream()).toList();
    assertThat(timers).hasSize(1);
    management.executeJob(timers.get(0).getId());
    settle();
  }

  void settle() {
    boolean progressed = true;
    while (progressed) {
      progressed = worker.workUntilIdle() > 0;
      for (Job job : management.createJobQuery().messages().executable().list()) {
        management.executeJob(job.getId());
        progressed = true;
      }
    }
  }

  ResponseEntity<String> call(HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("ceo", "ceo");
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
