package com.businessbuilder.engine.camunda7.guard;

import static com.businessbuilder.engine.camunda7.guard.ProbeModels.PROBE_TASK;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.bytes;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.probe;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.process;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.timerStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.testing.Releases;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The guard in the running engine: the probe's payloads are refused and leave nothing behind, the shipped models
 * pass, and only the application's release may start processes by timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GuardedDeploymentTest {

  static final String PROBE = "probe.bpmn";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired ModelGuard guard;

  @ParameterizedTest(name = "{0}")
  @FieldSource("com.businessbuilder.engine.camunda7.guard.ProbeModels#PROBE_PAYLOADS")
  void eachProbePayloadIsRefusedAndNothingIsDeployed(ProbeModels.Payload payload) {
    long deployments = repository.createDeploymentQuery().count();
    long jobs = management.createJobQuery().count();

    assertThatThrownBy(() -> repository.createDeployment().name("probe")
        .addString(PROBE, probe("guard-probe", payload.expression())).deploy())
        .isInstanceOf(ModelRefusedException.class)
        .hasMessageStartingWith("The model guard refused the deployment, nothing was deployed")
        .hasMessageContaining(PROBE + ", element " + PROBE_TASK + ", rule expression: in camunda:expression: "
            + payload.expression())
        .hasMessageContaining(payload.named())
        .hasMessageContaining(PROBE + ", element StartEvent_EveryMinute, rule timer-start: ");

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("guard-probe").count()).isZero();
    assertThat(management.createJobQuery().count()).as("no timer was scheduled").isEqualTo(jobs);
  }

  @Test
  void everyShippedModelPassesAndOnlyTheReviewedFormScriptNeedsTheRelease() throws IOException {
    Map<String, byte[]> models = Releases.shippedModels();

    assertThat(models).containsKeys("processes/deal-closing.bpmn", "dmn/pricing.dmn", "forms/lead-review.form",
        "forms/countersigned-contract.html").hasSizeGreaterThan(20);
    assertThat(guard.check(models, true, true)).isEmpty();
    assertThat(guard.check(models, false, true)).as("deployed at run time, the form's script would be refused")
        .isNotEmpty().allSatisfy(refusal -> assertThat(refusal.toString())
            .startsWith("forms/countersigned-contract.html").contains("<script"));
  }

  @Test
  void theKnownTopicsAreThoseOfTheApplicationsTaskHandlers() {
    assertThatThrownBy(() -> repository.createDeployment().name("probe").addString(PROBE, process("guard-topic",
        "<bpmn:serviceTask id=\"ServiceTask_Leak\" camunda:type=\"external\" camunda:topic=\"exfiltrate\"/>"))
        .deploy())
        .isInstanceOf(ModelRefusedException.class)
        .hasMessageContaining("element ServiceTask_Leak, rule known-topic: no task handler of the application works "
            + "on the topic 'exfiltrate'; known topics: [")
        .hasMessageContaining("deal-send-contract").hasMessageContaining("lead-intake");
  }

  @Test
  void aRuntimeDeploymentCannotPassForTheReleaseByItsNameOrSource() {
    assertThatThrownBy(() -> repository.createDeployment().name("business-builder").source("business-builder")
        .addString("processes/timed.bpmn", process("guard-timed", timerStart(), "")).deploy())
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("processes/timed.bpmn, element StartEvent_EveryMinute, rule timer-start");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("guard-timed").count()).isZero();
  }

  @Test
  void theReleaseMayStartByTimerAndReadingItBackIntoTheCacheIsNotCheckedAgain() {
    String model = process("guard-released-timer", timerStart(), "");
    Deployment released = guard.release(Map.of("processes/timed.bpmn", bytes(model)), () -> repository
        .createDeployment().name("guard-release-test").addString("processes/timed.bpmn", model).deploy());
    try {
      ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(released.getId())
          .singleResult();
      assertThat(management.createJobQuery().processDefinitionId(definition.getId()).timers().count()).isOne();

      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
          .discardProcessDefinitionCache();

      assertThat(repository.getProcessDefinition(definition.getId()).getKey()).isEqualTo("guard-released-timer");
      assertThat(repository.getBpmnModelInstance(definition.getId())).isNotNull();
    } finally {
      repository.deleteDeployment(released.getId(), true);
    }
  }

  @Test
  void theReleaseIsOnlyTheBytesItWasHanded() {
    String model = process("guard-swapped-timer", timerStart(), "");

    assertThatThrownBy(() -> guard.release(Map.of("processes/timed.bpmn", bytes(process("other", ""))),
        () -> repository.createDeployment().name("guard-release-test").addString("processes/timed.bpmn", model)
            .deploy()))
        .isInstanceOf(ModelRefusedException.class).hasMessageContaining("rule timer-start");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("guard-swapped-timer").count()).isZero();
  }
}
