package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.testing.WebClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A gate with candidate group {@code ceo} is seen and decided by the CEO and by no one else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CeoGateAccessTest {

  static final String PROCESS = "Process_CeoGateTest";
  static final String APPROVE = "{\"variables\": {\"decision\": {\"value\": \"approve\"}}}";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired ObjectMapper json;

  String deploymentId;
  String processInstanceId;
  String taskId;


  @BeforeEach
  void gateWaitsForTheCeo() {
    deploymentId = repository.createDeployment().name("ceo-gate-security-test")
        .addClasspathResource("security/ceo-gate-test.bpmn")
        .addClasspathResource("security/ceo-gate-test.form")
        .deploy().getId();
    processInstanceId = runtime.startProcessInstanceByKey(PROCESS).getId();
    taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  @AfterEach
  void removeGate() {
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void integrationsNeitherSeeNorDecideTheGate() throws Exception {
    WebClient api = WebClient.as(port, "api", "api");

    assertThat(json.readTree(api.get("/engine-rest/task").body())).isEmpty();
    assertThat(api.get("/engine-rest/task/" + taskId + "/deployed-form").statusCode()).isIn(403, 404);
    assertThat(api.postJson("/engine-rest/task/" + taskId + "/complete", APPROVE).statusCode()).isIn(403, 404);
    assertThat(gateIsOpen()).isTrue();
  }

  @Test
  void processOwnersNeitherSeeNorDecideTheGate() throws Exception {
    WebClient owner = WebClient.as(port, "owner", "owner");

    assertThat(json.readTree(owner.get("/engine-rest/task?processInstanceId=" + processInstanceId).body())).isEmpty();
    assertThat(owner.postJson("/engine-rest/task/" + taskId + "/complete", APPROVE).statusCode()).isIn(403, 404);
    assertThat(owner.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"owner\"}").statusCode())
        .isIn(403, 404);
    assertThat(gateIsOpen()).isTrue();
  }

  @Test
  void operatorsSeeTheGateButCannotDecideIt() throws Exception {
    WebClient operator = WebClient.as(port, "operator", "operator");

    assertThat(json.readTree(operator.get("/engine-rest/task?processInstanceId=" + processInstanceId).body()))
        .hasSize(1);
    assertThat(operator.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"operator\"}")
        .statusCode()).isEqualTo(403);
    assertThat(operator.postJson("/engine-rest/task/" + taskId + "/complete", APPROVE).statusCode()).isEqualTo(403);
    assertThat(operator.postJson("/engine-rest/task/" + taskId + "/variables/decision",
        "{\"value\": \"approve\"}").statusCode()).isIn(403, 405);
    assertThat(gateIsOpen()).isTrue();
  }

  @Test
  void ceoSeesTheGateWithItsFormAndDecidesIt() throws Exception {
    WebClient ceo = WebClient.as(port, "ceo", "ceo");

    JsonNode visible = json.readTree(ceo.get("/engine-rest/task?processInstanceId=" + processInstanceId).body());
    assertThat(visible).hasSize(1);
    assertThat(visible.get(0).get("id").asText()).isEqualTo(taskId);
    HttpResponse<String> form = ceo.get("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Form_CeoGateTest");
    assertThat(ceo.get("/engine-rest/task/" + taskId + "/form-variables").statusCode()).isEqualTo(200);

    assertThat(ceo.postJson("/engine-rest/task/" + taskId + "/complete", APPROVE).statusCode()).isEqualTo(204);

    assertThat(gateIsOpen()).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
  }

  @Test
  void ceoApprovalsFilterInTasklistShowsTheGate() throws Exception {
    String filterId = filters.createFilterQuery().filterName(CeoApprovalsFilter.NAME).singleResult().getId();

    JsonNode ceoSees = json.readTree(WebClient.as(port, "ceo", "ceo").get("/engine-rest/filter/" + filterId
        + "/list").body());
    assertThat(ceoSees.findValuesAsText("id")).contains(taskId);
    assertThat(WebClient.as(port, "api", "api").get("/engine-rest/filter/" + filterId + "/list").statusCode())
        .isIn(403, 404);
  }

  private boolean gateIsOpen() {
    return tasks.createTaskQuery().taskId(taskId).count() == 1;
  }
}
