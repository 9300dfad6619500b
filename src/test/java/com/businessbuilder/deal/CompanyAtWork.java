package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.CeoGateAnswers;
import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The company at work in end-to-end tests: callers over the real HTTP APIs, the CEO approving every gate over the
 * engine's REST API, and the worker and async continuations driven until nothing moves. A plain object, not a bean,
 * so it needs nothing of contexts that have no web server.
 */
class CompanyAtWork {

  private final TestRestTemplate http;
  private final ObjectMapper json;
  private final ExternalTaskWorker worker;
  private final ManagementService management;

  CompanyAtWork(TestRestTemplate http, ObjectMapper json, ExternalTaskWorker worker, ManagementService management) {
    this.http = http;
    this.json = json;
    this.worker = worker;
    this.management = management;
  }

  ResponseEntity<String> call(HttpMethod method, String path, String body, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode read(HttpMethod method, String path, String body, String user) throws IOException {
    return json.readTree(call(method, path, body, user).getBody());
  }

  JsonNode deal(String dealId) throws IOException {
    return read(HttpMethod.GET, "/api/deals/" + dealId, null, "api");
  }

  void message(String dealId, String body) {
    assertThat(call(HttpMethod.POST, "/api/deals/" + dealId + "/messages", body, "api").getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
  }

  void projectMessage(String projectId, String body) {
    assertThat(call(HttpMethod.POST, "/api/projects/" + projectId + "/messages", body, "api").getStatusCode())
        .as(body).isEqualTo(HttpStatus.ACCEPTED);
  }

  /**
   * Completes every CEO gate open for the business key, approving as the CEO does in Tasklist; the countersigned
   * contract gate gets a signed PDF as a file, like the upload in its form.
   */
  void approveCeoGates(String businessKey) throws IOException {
    for (int round = 0; round < 10; round++) {
      JsonNode tasks = read(HttpMethod.GET,
          "/engine-rest/task?candidateGroup=ceo&processInstanceBusinessKey=" + businessKey, null, "ceo");
      if (tasks.isEmpty()) {
        return;
      }
      for (JsonNode task : tasks) {
        ResponseEntity<String> done = call(HttpMethod.POST, "/engine-rest/task/" + task.get("id").asText()
            + "/complete", CeoGateAnswers.approval(task.get("taskDefinitionKey").asText()), "ceo");
        assertThat(done.getStatusCode()).as(task.get("name").asText()).isEqualTo(HttpStatus.NO_CONTENT);
      }
      settle();
    }
  }

  /** Works external tasks and async continuations of every run until nothing moves. */
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
}
