package com.businessbuilder.engine.camunda7.guard;

import static com.businessbuilder.engine.camunda7.guard.ProbeModels.PROBE_TASK;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.bytes;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.probe;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.process;
import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The probe as it came: a process owner deploys over {@code /engine-rest/deployment/create}, as Camunda Modeler
 * does, naming the deployment like the application's release. The answer is 400 with the element and the rule, and
 * nothing is deployed or scheduled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeploymentRestGuardTest {

  static final String CREATE = "/engine-rest/deployment/create";
  static final Map<String, String> AS_THE_RELEASE = Map.of("deployment-name", "business-builder",
      "deployment-source", "business-builder", "enable-duplicate-filtering", "false");

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired ObjectMapper json;

  @ParameterizedTest(name = "{0}")
  @FieldSource("com.businessbuilder.engine.camunda7.guard.ProbeModels#PROBE_PAYLOADS")
  void theProbeIsAnswered400NamingElementAndRuleAndNothingIsDeployed(ProbeModels.Payload payload) throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    long jobs = management.createJobQuery().count();

    HttpResponse<String> answer = WebClient.as(port, "owner", "owner").postMultipart(CREATE, AS_THE_RELEASE,
        Map.of("probe.bpmn", bytes(probe("guard-rest-probe", payload.expression()))));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.path("type").asText()).isEqualTo("ParseException");
    assertThat(problem.path("message").asText())
        .contains("probe.bpmn, element " + PROBE_TASK + ", rule expression: in camunda:expression: "
            + payload.expression())
        .contains(payload.named())
        .contains("probe.bpmn, element StartEvent_EveryMinute, rule timer-start: ");
    assertThat(problem.path("details").path("probe.bpmn").path("errors").findValuesAsText("mainElementId"))
        .containsExactlyInAnyOrder(PROBE_TASK, "StartEvent_EveryMinute");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("guard-rest-probe").count()).isZero();
    assertThat(management.createJobQuery().count()).as("no timer was scheduled").isEqualTo(jobs);
  }

  @Test
  void anOperatorMayNotDeployAtAll() throws Exception {
    HttpResponse<String> answer = WebClient.as(port, "operator", "operator").postMultipart(CREATE, Map.of(),
        Map.of("probe.bpmn", bytes(process("guard-rest-operator",
            "<bpmn:scriptTask id=\"ScriptTask_Run\" scriptFormat=\"javascript\"><bpmn:script>1</bpmn:script>"
                + "</bpmn:scriptTask>"))));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(json.readTree(answer.body()).path("permissionName").asText()).isEqualTo("CREATE");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("guard-rest-operator").count()).isZero();
  }

  @Test
  void aModelWithinTheRulesIsDeployedByTheProcessOwner() throws Exception {
    HttpResponse<String> answer = WebClient.as(port, "owner", "owner").postMultipart(CREATE,
        Map.of("deployment-name", "guard-rest-clean"), Map.of("clean.bpmn", bytes(process("guard-rest-clean",
            "<bpmn:userTask id=\"UserTask_Decide\" name=\"Decide ${comment}\" camunda:candidateGroups=\"ceo\"/>"))));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    repository.deleteDeployment(json.readTree(answer.body()).path("id").asText(), true);
  }
}
