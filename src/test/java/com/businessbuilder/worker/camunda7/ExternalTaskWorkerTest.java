package com.businessbuilder.worker.camunda7;

import com.businessbuilder.worker.WorkerProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
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
    deleteRuns();
  }

  @AfterEach
  void resetHandler() {
    handler.next.set(ScriptedHandler.Outcome.SUCCEED);
    deleteRuns();
  }

  @Test
  void completedWorkSetsTheHandlersVariablesAndMovesOn() {
    ProcessInstance run = start();

    worker.workUntilIdle();

    assertThat(run).isEnded().hasPassed("EndEvent_Done");
    assertThat(variable(run, "result")).isEqualTo("done for " + run.getBusinessKey());
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
    ProcessInstance run = start();
    try (ExternalTaskWorker polling = new ExternalTaskWorker(externalTasks(), List.of(handler),
        polling("polling-test", Duration.ofMinutes(1), Duration.ofSeconds(30)))) {
      polling.start();
      assertThat(polling.isRunning()).isTrue();

      await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> assertThat(run).isEnded());

      polling.stop();
      assertThat(polling.isRunning()).isFalse();
    }
  }

  @Test
  void aCallOutlastingTheLockDurationKeepsItsLockSoNoOtherWorkerGetsTheTask() throws Exception {
    BlockingHandler longCall = new BlockingHandler();
    ProcessInstance run = start();
    String taskId = taskOf(run).getId();
    try (ExternalTaskWorker worker = new ExternalTaskWorker(externalTasks(), List.of(longCall),
        polling("long-call", Duration.ofSeconds(2), Duration.ofSeconds(30)))) {
      worker.start();
      assertThat(longCall.started.await(20, TimeUnit.SECONDS)).isTrue();
      Date firstLockExpiry = taskOf(run).getLockExpirationTime();

      sleepUntil(firstLockExpiry.getTime() + 1_500); // well past the lock the task was fetched with

      assertThat(externalTasks().fetchAndLock(10, "another-worker").topic(ScriptedHandler.TOPIC, 60_000).execute())
          .isEmpty();
      ExternalTask task = taskOf(run);
      assertThat(task.getWorkerId()).isEqualTo("long-call");
      assertThat(task.getLockExpirationTime()).isAfter(firstLockExpiry).isInTheFuture();

      longCall.finish.countDown();
      await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> assertThat(run).isEnded());
    }
    assertThat(variable(run, "result")).isEqualTo("done for " + run.getBusinessKey());
    assertThat(engine.getHistoryService().createHistoricExternalTaskLogQuery().externalTaskId(taskId)
        .successLog().count()).isEqualTo(1);
  }

  @Test
  void stoppingWaitsForCallsThatFinishWithinTheGrace() throws Exception {
    BlockingHandler call = new BlockingHandler();
    ProcessInstance run = start();
    try (ExternalTaskWorker worker = new ExternalTaskWorker(externalTasks(), List.of(call),
        polling("graceful", Duration.ofMinutes(1), Duration.ofSeconds(30)))) {
      worker.start();
      assertThat(call.started.await(20, TimeUnit.SECONDS)).isTrue();

      CompletableFuture<Void> stopping = CompletableFuture.runAsync(worker::stop);
      await().atMost(Duration.ofSeconds(5)).until(() -> !worker.isRunning());
      assertThat(stopping).isNotDone();
      call.finish.countDown();
      stopping.get(20, TimeUnit.SECONDS);
    }
    assertThat(call.interrupted).isFalse();
    assertThat(run).isEnded().hasPassed("EndEvent_Done");
  }

  @Test
  void stoppingReleasesTheTasksOfUnfinishedCallsForOtherWorkersAndReportsNothing() throws Exception {
    BlockingHandler endlessCall = new BlockingHandler();
    ProcessInstance run = start();
    String taskId = taskOf(run).getId();
    try (ExternalTaskWorker worker = new ExternalTaskWorker(externalTasks(), List.of(endlessCall),
        polling("stopping", Duration.ofMinutes(5), Duration.ofMillis(300)))) {
      worker.start();
      assertThat(endlessCall.started.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(taskOf(run).getWorkerId()).isEqualTo("stopping");

      worker.stop();
    }

    assertThat(endlessCall.interrupted).isTrue();
    ExternalTask task = taskOf(run);
    assertThat(task.getId()).isEqualTo(taskId);
    assertThat(task.getLockExpirationTime()).isNull();
    assertThat(task.getRetries()).as("the interrupted call is not counted as a failure").isNull();
    assertThat(run).isWaitingAt("ServiceTask_DoWork");
    // another worker can take the task at once
    assertThat(externalTasks().fetchAndLock(10, "another-worker").topic(ScriptedHandler.TOPIC, 60_000).execute())
        .extracting(LockedExternalTask::getId).containsExactly(taskId);
  }

  private ProcessInstance start() {
    String key = "job-" + System.nanoTime();
    return engine.getRuntimeService().startProcessInstanceByKey("worker-test", key,
        java.util.Map.of(com.businessbuilder.engine.ProcessRuns.CORRELATION_KEY, key));
  }

  private ExternalTaskService externalTasks() {
    return engine.getExternalTaskService();
  }

  private ExternalTask taskOf(ProcessInstance run) {
    return externalTasks().createExternalTaskQuery().processInstanceId(run.getId()).singleResult();
  }

  private Object variable(ProcessInstance run, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName(name).singleResult().getValue();
  }

  /** Runs that another test left behind would be fetched by this test's workers. */
  private void deleteRuns() {
    List<String> runs = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("worker-test")
        .list().stream().map(ProcessInstance::getId).toList();
    if (!runs.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(runs, "worker test clean-up", true, true);
    }
  }

  private static WorkerProperties polling(String workerId, Duration lockDuration, Duration shutdownGrace) {
    return new WorkerProperties(true, workerId, 8, 10, 8, lockDuration, null, Duration.ofMillis(50), 3,
        Duration.ofSeconds(1), shutdownGrace);
  }

  private static void sleepUntil(long epochMillis) throws InterruptedException {
    long wait = epochMillis - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }
}
