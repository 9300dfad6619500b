package com.businessbuilder.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExternalTaskWorkerTest {

  @Autowired ProcessEngine engine;
  @Autowired ExternalTaskWorker worker;
  @Autowired ScriptedHandler handler;
  @Autowired WorkerProperties properties;

  @BeforeEach
  void deployTestModel() {
    BpmnAwareTests.init(engine);
    engine.getRepositoryService().createDeployment().name("worker-test").enableDuplicateFiltering(true)
        .addClasspathResource("worker/worker-test.bpmn").deploy();
    handler.next.set(ScriptedHandler.Outcome.SUCCEED);
  }

  @AfterEach
  void resetHandler() {
    handler.next.set(ScriptedHandler.Outcome.SUCCEED);
  }

  @Test
  void completedWorkSetsTheHandlersVariablesAndMovesOn() {
    ProcessInstance run = start();

    worker.workUntilIdle();

    assertThat(run).isEnded().hasPassed("EndEvent_Done");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName("result").singleResult().getValue()).isEqualTo("done for " + run.getBusinessKey());
  }

  @Test
  void businessOutcomeFollowsTheErrorBoundaryWithoutRetrying() {
    handler.next.set(ScriptedHandler.Outcome.REJECT);
    int before = handler.calls.get();
    ProcessInstance run = start();

    worker.workUntilIdle();

    assertThat(run).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(handler.calls.get() - before).isEqualTo(1);
  }

  @Test
  void failingWorkIsRetriedThenBecomesAnIncidentCarryingTheErrorAndCanBeRetried() {
    handler.next.set(ScriptedHandler.Outcome.FAIL);
    ProcessInstance run = start();
    String taskId = engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(run.getId())
        .singleResult().getId();

    worker.workUntilIdle();
    assertThat(engine.getExternalTaskService().createExternalTaskQuery().externalTaskId(taskId).singleResult()
        .getRetries()).isEqualTo(properties.retries() - 1);
    for (int attempt = 2; attempt <= properties.retries(); attempt++) {
      engine.getExternalTaskService().unlock(taskId); // stands in for the back-off having passed
      worker.workUntilIdle();
    }

    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(run.getId()).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getIncidentMessage()).isEqualTo("Provider answered 503 Service Unavailable");
    assertThat(engine.getExternalTaskService().getExternalTaskErrorDetails(taskId)).contains("IllegalStateException");

    // an operator fixes the cause and retries from Cockpit
    handler.next.set(ScriptedHandler.Outcome.SUCCEED);
    engine.getExternalTaskService().setRetries(taskId, 1);
    worker.workUntilIdle();

    assertThat(run).isEnded().hasPassed("EndEvent_Done");
  }

  @Test
  void startedWorkerPollsOnItsOwnAndStopsCleanly() {
    ExternalTaskWorker polling = new ExternalTaskWorker(engine.getExternalTaskService(), List.of(handler),
        new WorkerProperties(true, "polling-test", 10, Duration.ofMinutes(1), Duration.ofMillis(50), 3,
            Duration.ofSeconds(1)));
    ProcessInstance run = start();
    try {
      polling.start();
      assertThat(polling.isRunning()).isTrue();

      await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> assertThat(run).isEnded());
    } finally {
      polling.stop();
    }
    assertThat(polling.isRunning()).isFalse();
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("worker-test", "job-" + System.nanoTime());
  }
}
