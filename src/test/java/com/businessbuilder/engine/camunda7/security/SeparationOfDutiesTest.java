package com.businessbuilder.engine.camunda7.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.discovery.ClientDiscoveryProcess;
import com.businessbuilder.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The probe's routes around the CEO gate, each refused: operators and identity administrators may not make
 * themselves CEO-like, nor decide, move past or change a run; operators may still retry and suspend.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeparationOfDutiesTest {

  static final String PROCESS = "Process_SeparationOfDuties";
  static final String WORK = "ServiceTask_Research";
  static final String GATE = "UserTask_CeoDecides";
  static final String APPROVE = "{\"variables\": {\"decision\": {\"value\": \"approve\"}}}";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ExternalTaskService externalTasks;
  @Autowired IdentityService identity;

  String deploymentId;
  String runId;
  WebClient operator;

  @BeforeEach
  void runWaitsAtItsCeoGate() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask(WORK).name("Research").camundaExternalTask(ClientDiscoveryProcess.Topics.MARKET_RESEARCH)
        .userTask(GATE).name("CEO decides").camundaCandidateGroups("ceo")
        .endEvent("EndEvent_Decided")
        .done();
    deploymentId = repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
    runId = runtime.startProcessInstanceByKey(PROCESS).getId();
    operator = WebClient.as(port, "operator", "operator");
  }

  @AfterEach
  void removeRun() {
    repository.deleteDeployment(deploymentId, true);
    identity.deleteMembership("admin", "ceo");
    identity.deleteUser("mallory");
  }

  @Test
  void operatorsChangeNoMembershipUserOrAuthorization() {
    assertThat(operator.putJson("/engine-rest/group/ceo/members/operator", "").statusCode()).isEqualTo(403);
    assertThat(operator.postJson("/engine-rest/user/create",
        "{\"profile\": {\"id\": \"mallory\"}, \"credentials\": {\"password\": \"Mallory-Pa55word!\"}}").statusCode())
        .isEqualTo(403);
    assertThat(operator.putJson("/engine-rest/user/ceo/credentials",
        "{\"password\": \"Taken-Over-123!\", \"authenticatedUserPassword\": \"operator\"}").statusCode())
        .isEqualTo(403);
    assertThat(operator.postJson("/engine-rest/authorization/create", "{\"type\": 1, \"permissions\": [\"ALL\"], "
        + "\"groupId\": \"operators\", \"resourceType\": 7, \"resourceId\": \"*\"}").statusCode()).isEqualTo(403);

    assertThat(identity.createUserQuery().memberOfGroup("ceo").userId("operator").count()).isZero();
    assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
    assertThat(identity.checkPassword("ceo", "ceo")).isTrue();
  }

  @Test
  void operatorsCannotMovePastTheGateNorChangeTheRun() {
    completeTheWork();
    String body = "{\"instructions\": [{\"type\": \"startAfterActivity\", \"activityId\": \"" + GATE + "\", "
        + "\"variables\": {\"decision\": {\"value\": \"approve\", \"local\": false}}}], \"skipCustomListeners\": true}";

    HttpResponse<String> modified = operator.postJson("/engine-rest/process-instance/" + runId + "/modification", body);
    HttpResponse<String> batch = operator.postJson("/engine-rest/modification/executeAsync",
        "{\"processDefinitionId\": \"" + definitionId() + "\", \"processInstanceIds\": [\"" + runId + "\"], "
            + "\"instructions\": [{\"type\": \"startAfterActivity\", \"activityId\": \"" + GATE + "\"}]}");
    HttpResponse<String> variable = operator.putJson("/engine-rest/process-instance/" + runId + "/variables/decision",
        "{\"value\": \"approve\"}");
    HttpResponse<String> migration = operator.postJson("/engine-rest/migration/generate",
        "{\"sourceProcessDefinitionId\": \"" + definitionId() + "\", \"targetProcessDefinitionId\": \""
            + definitionId() + "\"}");
    HttpResponse<String> cancelled = operator.delete("/engine-rest/process-instance/" + runId);

    assertThat(List.of(modified, batch, variable, migration, cancelled))
        .allSatisfy(refused -> assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(403));
    assertThat(modified.body()).contains("No one may modify");
    assertThat(gateIsOpen()).isTrue();
    assertThat(runtime.getVariable(runId, "decision")).isNull();
  }

  @Test
  void nobodyStartsOrRestartsRunsOverTheEngineApi() {
    for (String user : List.of("api", "ceo", "operator", "owner")) {
      HttpResponse<String> started = WebClient.as(port, user, user)
          .postJson("/engine-rest/process-definition/key/" + PROCESS + "/start", "{}");
      assertThat(started.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(1);
  }

  @Test
  void signedInCallersDoNotDoTheAgentsWork() {
    LockedExternalTask work = lockTheWork("api");
    HttpResponse<String> completed = WebClient.as(port, "api", "api").postJson(
        "/engine-rest/external-task/" + work.getId() + "/complete", "{\"workerId\": \"api\"}");

    assertThat(completed.statusCode()).isEqualTo(403);
    assertThat(externalTasks.createExternalTaskQuery().externalTaskId(work.getId()).count()).isEqualTo(1);
  }

  @Test
  void operatorsRetryFailedWorkAndSuspendRuns() {
    LockedExternalTask work = lockTheWork("business-builder");
    externalTasks.handleFailure(work.getId(), "business-builder", "model unreachable", 0, 0);
    assertThat(runtime.createIncidentQuery().processInstanceId(runId).count()).isEqualTo(1);

    assertThat(operator.putJson("/engine-rest/external-task/" + work.getId() + "/retries", "{\"retries\": 1}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> suspended = operator.putJson("/engine-rest/process-instance/" + runId + "/suspended",
        "{\"suspended\": true}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(204);

    assertThat(runtime.createIncidentQuery().processInstanceId(runId).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(runId).singleResult().isSuspended()).isTrue();
  }

  @Test
  void identityAdministratorsManageUsersButDecideNoGate() {
    completeTheWork();
    WebClient admin = WebClient.as(port, "admin", "admin");
    assertThat(admin.postJson("/engine-rest/user/create",
        "{\"profile\": {\"id\": \"mallory\"}, \"credentials\": {\"password\": \"Mallory-Pa55word!\"}}").statusCode())
        .isEqualTo(204);
    assertThat(admin.postJson("/engine-rest/authorization/create", "{\"type\": 1, \"permissions\": [\"ALL\"], "
        + "\"userId\": \"admin\", \"resourceType\": 7, \"resourceId\": \"*\"}").statusCode()).isEqualTo(200);
    String gateId = tasks.createTaskQuery().processInstanceId(runId).singleResult().getId();

    HttpResponse<String> decided = admin.postJson("/engine-rest/task/" + gateId + "/complete", APPROVE);

    assertThat(decided.statusCode()).isEqualTo(403);
    assertThat(decided.body()).contains("Only the CEO may");
    assertThat(gateIsOpen()).isTrue();
    assertThat(admin.get("/engine-rest/process-instance/" + runId).statusCode()).isIn(403, 404);
  }

  @Test
  void theCeoDecidesTheGateButDoesNotModifyRuns() {
    completeTheWork();
    WebClient ceo = WebClient.as(port, "ceo", "ceo");
    assertThat(ceo.postJson("/engine-rest/process-instance/" + runId + "/modification", "{\"instructions\": "
        + "[{\"type\": \"startAfterActivity\", \"activityId\": \"" + GATE + "\"}]}").statusCode()).isEqualTo(403);

    String gateId = tasks.createTaskQuery().processInstanceId(runId).singleResult().getId();
    assertThat(ceo.postJson("/engine-rest/task/" + gateId + "/complete", APPROVE).statusCode()).isEqualTo(204);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(runId).count()).isZero();
  }

  private LockedExternalTask lockTheWork(String workerId) {
    return externalTasks.fetchAndLock(1, workerId).topic(ClientDiscoveryProcess.Topics.MARKET_RESEARCH, 60_000)
        .processDefinitionKey(PROCESS).execute().get(0);
  }

  private void completeTheWork() {
    LockedExternalTask work = lockTheWork("business-builder");
    externalTasks.complete(work.getId(), "business-builder");
  }

  private String definitionId() {
    return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
  }

  private boolean gateIsOpen() {
    return tasks.createTaskQuery().processInstanceId(runId).taskDefinitionKey(GATE).count() == 1;
  }
}
