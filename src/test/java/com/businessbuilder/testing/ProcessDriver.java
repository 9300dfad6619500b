package com.businessbuilder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.engine.ProcessRuns.Gate;
import com.businessbuilder.engine.RunState;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkerProperties;
import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drives a pipeline's run in tests, with the runs it calls (stages, quality gates, the agent-budget decision): works
 * external tasks and runs async continuations (not timers) until the run waits for a person, a message or a timer,
 * or has ended, and waits until the handoffs published meanwhile were delivered. Gates are decided through the
 * engine port, where the run waits is read from the read model.
 */
@Component
public class ProcessDriver {

  private static final Duration EVENT_DELIVERY = Duration.ofSeconds(20);
  /** How a worker reports a handler's result; the first argument of each is the task's id. */
  private static final Set<String> REPORTS = Set.of("complete", "handleBpmnError", "handleFailure");

  private final ProcessEngine engine;
  private final ExternalTaskWorker worker;
  private final List<TaskHandler> handlers;
  private final WorkerProperties workerProperties;
  private final ProcessRuns runs;
  private final JdbcClient jdbc;

  ProcessDriver(ProcessEngine engine, ExternalTaskWorker worker, List<TaskHandler> handlers,
      WorkerProperties workerProperties, ProcessRuns runs, JdbcClient jdbc) {
    this.engine = engine;
    this.worker = worker;
    this.handlers = handlers;
    this.workerProperties = workerProperties;
    this.runs = runs;
    this.jdbc = jdbc;
  }

  public void advance(String runId) {
    boolean progressed = true;
    while (progressed) {
      progressed = worker.workUntilIdle() > 0;
      for (String id : tree(runId)) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(id).messages()
            .executable().list()) {
          engine.getManagementService().executeJob(job.getId());
          progressed = true;
        }
      }
      progressed |= awaitEventDelivery();
    }
  }

  /**
   * Advances the run until a task of this topic waits to be worked (and works nothing of that topic), so a test can
   * change the world right before that step.
   */
  public void advanceUntilTask(String runId, String topic) {
    for (int round = 0; round < 1000; round++) {
      boolean waiting = tree(runId).stream().anyMatch(id -> engine.getExternalTaskService().createExternalTaskQuery()
          .processInstanceId(id).topicName(topic).notLocked().count() > 0);
      if (waiting) {
        return;
      }
      boolean progressed = worker.workOnce() > 0;
      for (String id : tree(runId)) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(id).messages()
            .executable().list()) {
          engine.getManagementService().executeJob(job.getId());
          progressed = true;
        }
      }
      progressed |= awaitEventDelivery();
      if (!progressed) {
        throw new AssertionError("Run " + runId + " stopped before a task of topic " + topic);
      }
    }
    throw new AssertionError("Run " + runId + " did not reach a task of topic " + topic);
  }

  /**
   * Works the tasks that are due with the real handlers, but no result reaches the engine, as when the worker's
   * process is killed right after its handlers returned; then frees the tasks, as the expiry of their locks would.
   * The engine offers them again, under the same ids.
   *
   * @return the ids of the tasks whose results were lost
   */
  public List<String> workButLoseTheResults() {
    ExternalTaskService engineSide = engine.getExternalTaskService();
    List<String> lost = new CopyOnWriteArrayList<>();
    ExternalTaskService dyingWorkersView = (ExternalTaskService) Proxy.newProxyInstance(
        ExternalTaskService.class.getClassLoader(), new Class<?>[] {ExternalTaskService.class},
        (proxy, method, args) -> {
          if (REPORTS.contains(method.getName())) {
            lost.add((String) args[0]);
            return null;
          }
          try {
            return method.invoke(engineSide, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    try (ExternalTaskWorker dying = new ExternalTaskWorker(dyingWorkersView, handlers, workerProperties)) {
      dying.workOnce();
    }
    lost.forEach(engineSide::unlock);
    return lost;
  }

  /** Fires the one timer the pipeline's run waits for, then advances. */
  public void fireTimer(String runId) {
    List<Job> timers = new ArrayList<>();
    for (String id : tree(runId)) {
      timers.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).timers().list());
    }
    assertThat(timers).as("timers of run " + runId).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
    advance(runId);
  }

  /** Fires the timer of this element (a boundary or catch event of the run or a run it called), then advances. */
  public void fireTimer(String runId, String activityId) {
    fireTimerOnly(runId, activityId);
    advance(runId);
  }

  /** Fires the timer of this element and stops there, so a test can act on the steps it started. */
  public void fireTimerOnly(String runId, String activityId) {
    List<Job> timers = new ArrayList<>();
    for (String id : tree(runId)) {
      engine.getManagementService().createJobQuery().processInstanceId(id).timers().list().stream()
          .filter(job -> activityId.equals(engine.getManagementService().createJobDefinitionQuery()
              .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
          .forEach(timers::add);
    }
    assertThat(timers).as("timers of " + activityId + " in run " + runId).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
  }

  /** The gates open in the pipeline of this run, by their element. */
  public Map<String, Gate> gates(String runId) {
    Map<String, Gate> gates = new java.util.LinkedHashMap<>();
    runs.openGates(state(runId).correlationKey()).forEach(gate -> gates.put(gate.key(), gate));
    return gates;
  }

  /** Decides the open gate of this element through the engine port, then advances. */
  public void decide(String runId, String gateKey, Map<String, Object> variables) {
    Gate gate = gates(runId).get(gateKey);
    assertThat(gate).as("open gate " + gateKey + " of run " + runId).isNotNull();
    runs.completeGate(gate.id(), variables);
    advance(runId);
  }

  /** The timer the pipeline's run waits for. */
  public Job timer(String runId) {
    return tree(runId).stream()
        .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id).timers().list().stream())
        .findFirst().orElseThrow(() -> new AssertionError("Run " + runId + " waits for no timer"));
  }

  /** Where the run stands, as the read model has it. */
  public RunState state(String runId) {
    return runs.state(runId).orElseThrow(() -> new AssertionError("No run " + runId + " in the read model"));
  }

  /** The elements the run (or a run it called) waits at now, from the read model. */
  public List<String> waitingAt(String runId) {
    return state(runId).steps().stream().map(RunState.Step::activityId).toList();
  }

  /**
   * Every element the run passed, in the order they started, with the elements of each run it called right after
   * the call activity that called it.
   */
  public List<String> passed(String runId) {
    List<String> passed = new ArrayList<>();
    List<HistoricActivityInstance> activities = new ArrayList<>(engine.getHistoryService()
        .createHistoricActivityInstanceQuery().processInstanceId(runId).list());
    activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime)
        .thenComparingLong(activity -> ((HistoricActivityInstanceEventEntity) activity).getSequenceCounter()));
    for (HistoricActivityInstance activity : activities) {
      passed.add(activity.getActivityId());
      if (activity.getCalledProcessInstanceId() != null) {
        passed.addAll(passed(activity.getCalledProcessInstanceId()));
      }
    }
    return passed;
  }

  /** How often the run and the runs it called passed the element. */
  public long timesPassed(String runId, String activityId) {
    return passed(runId).stream().filter(activityId::equals).count();
  }

  /** The one gate the pipeline waits at. */
  public Gate gate(String runId) {
    List<Gate> gates = runs.openGates(state(runId).correlationKey());
    assertThat(gates).as("open gates of run " + runId).hasSize(1);
    return gates.get(0);
  }

  /** Decides the one open gate through the engine port, then advances. */
  public void decide(String runId, Map<String, Object> variables) {
    runs.completeGate(gate(runId).id(), variables);
    advance(runId);
  }

  /** A variable of the top-level run (from history once the run ended). */
  public Object variable(String runId, String name) {
    HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(runId).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  /** The run and the runs it called that still run. */
  public List<String> tree(String runId) {
    List<String> ids = new ArrayList<>();
    ids.add(runId);
    for (int i = 0; i < ids.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(called -> ids.add(called.getId()));
    }
    return ids;
  }

  /** Waits until every event publication is delivered; true if any was outstanding. */
  public boolean awaitEventDelivery() {
    long deadline = System.nanoTime() + EVENT_DELIVERY.toNanos();
    boolean waited = false;
    while (outstandingEvents() > 0) {
      waited = true;
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Events not delivered within " + EVENT_DELIVERY + ": " + jdbc.sql(
            "select event_type || ' to ' || listener_id from event_publication where completion_date is null")
            .query(String.class).list());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for events", e);
      }
    }
    return waited;
  }

  private long outstandingEvents() {
    return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
        .single();
  }
}
