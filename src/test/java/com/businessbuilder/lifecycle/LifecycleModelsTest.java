package com.businessbuilder.lifecycle;

import com.businessbuilder.work.TaskExecutionProcess;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Elements;
import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Messages;
import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Phases;
import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Topics;
import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.engine.camunda7.DecisionEngineSetup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The lifecycle models on a bare engine, with the test playing the task handlers and the CEO: checks the models
 * against the names of {@link BusinessLifecycleProcess} (topics, variables, messages, elements) and the engine's
 * semantics the models rely on, independently of the handlers. The paths with the real handlers are the process
 * tests'.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleModelsTest {

  static final String BUSINESS_KEY = "initiative-1";

  ProcessEngine engine;
  RuntimeService runtime;
  TaskService tasks;
  HistoryService history;

  @BeforeAll
  void releaseTheModels() throws IOException {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration();
    configuration.getProcessEnginePlugins().add(new DecisionEngineSetup());
    engine = configuration.setProcessEngineName("lifecycle-models-test")
        .setJdbcUrl("jdbc:h2:mem:lifecycle-models-test;DB_CLOSE_DELAY=1000")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    history = engine.getHistoryService();
    // every model of the application, as one release binds them (calledElementBinding, decisionRefBinding and
    // formRefBinding "deployment")
    var deployment = engine.getRepositoryService().createDeployment().name("lifecycle-models-test");
    for (String folder : List.of("processes", "dmn", "forms")) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(folder))) {
        for (Path file : files) {
          try (InputStream in = Files.newInputStream(file)) {
            deployment.addInputStream(folder + "/" + file.getFileName(), new ByteArrayInputStream(in.readAllBytes()));
          }
        }
      }
    }
    deployment.deploy();
  }

  @AfterAll
  void stopEngine() {
    engine.close();
  }

  @Test
  void anInitiativeRunsThroughAllFourPhasesUntilTheCeoRetiresIt() {
    Map<String, Object> start = new HashMap<>();
    start.put("correlationKey", "initiative:1");
    start.put(Variables.INITIATIVE_ID, 1L);
    start.put("agentBudget", 50.0);
    start.put("maxAgentCalls", 200);
    start.put(Variables.MAX_PARALLEL_TASKS, 3);
    start.put(Variables.OPERATIONS_CYCLE, "R/PT1H");
    start.put(TaskExecutionProcess.Variables.FAILED_TASKS_TO, "planning");
    String root = runtime.startProcessInstanceByKey(BusinessLifecycleProcess.PROCESS_ID, BUSINESS_KEY, start).getId();

    // planning: changes, then approved
    plan();
    Task approvePlan = ceoTask(Elements.APPROVE_PLAN);
    assertThat(approvePlan.getCamundaFormRef().getKey()).isEqualTo("initiative-plan-approval");
    tasks.complete(approvePlan.getId(), Map.of("decision", "changes", "comment", "Add a sales channel"));
    assertThat(complete(Topics.PLAN)).isEqualTo(1);
    complete(Topics.TEAM);
    complete(Topics.ESTIMATE);
    tasks.complete(ceoTask(Elements.APPROVE_PLAN).getId(), Map.of("decision", "approve"));

    // execution: a wave of two tasks, each through task-execution with the lifecycle's inputs
    assertThat(complete(Topics.NEXT_TASKS, Map.of(Variables.WAVE_TASK_IDS, List.of(11L, 12L),
        Variables.WAVE_SIZE, 2, Variables.REPLAN_NEEDED, false))).isEqualTo(1);
    var runs = runtime.createProcessInstanceQuery().processDefinitionKey("task-execution")
        .processInstanceBusinessKey(BUSINESS_KEY).list();
    assertThat(runs).hasSize(2).allSatisfy(run -> {
      assertThat(run.getBusinessKey()).isEqualTo(BUSINESS_KEY);
      assertThat(runtime.getVariables(run.getId())).containsEntry(TaskExecutionProcess.Variables.FAILED_TASKS_TO, "planning")
          .containsEntry("correlationKey", "initiative:1").containsKey("workTaskId");
    });
    finishTaskRuns(BUSINESS_KEY);
    // a task failed: the revised plan adds EUR 2,500, so the CEO decides; changes, then a small revision
    assertThat(complete(Topics.NEXT_TASKS, Map.of(Variables.WAVE_TASK_IDS, List.of(), Variables.WAVE_SIZE, 0,
        Variables.REPLAN_NEEDED, true))).isEqualTo(1);
    assertThat(complete(Topics.REPLAN, replan(2500.0, 0))).isEqualTo(1);
    Task revised = ceoTask(Elements.APPROVE_REVISED_PLAN);
    assertThat(runtime.getVariable(revised.getExecutionId(), "approvalReason"))
        .isEqualTo("The revised plan adds EUR 2,000 or more");
    tasks.complete(revised.getId(), Map.of("decision", "changes", "comment", "Cheaper"));
    assertThat(complete(Topics.REPLAN, replan(300.0, 2))).isEqualTo(1);
    // a CEO instruction mid-way, then everything is settled
    runtime.createMessageCorrelation(Messages.INSTRUCTION).processInstanceBusinessKey(BUSINESS_KEY).correlate();
    assertThat(complete(Topics.INSTRUCTION)).isEqualTo(1);
    assertThat(complete(Topics.NEXT_TASKS, Map.of(Variables.WAVE_TASK_IDS, List.of(), Variables.WAVE_SIZE, 0,
        Variables.REPLAN_NEEDED, false))).isEqualTo(1);

    // launch: blocked by incidents with nothing to rework; the CEO has readiness checked again; go; approved
    assertThat(complete(Topics.LAUNCH_PLAN, Map.of(Variables.LAUNCH_TASK_IDS, List.of(),
        Variables.LAUNCH_TASK_COUNT, 0))).isEqualTo(1);
    assertThat(complete(Topics.READINESS, readiness(2))).isEqualTo(1);
    assertThat(complete(Topics.LAUNCH_RETURN, Map.of(Variables.REWORK_COUNT, 0))).isEqualTo(1);
    Task blocked = ceoTask(Elements.DECIDE_ON_BLOCKED_LAUNCH);
    assertThat(runtime.getVariable(blocked.getExecutionId(), Variables.READINESS_REASON)).isEqualTo("Incidents are open");
    tasks.complete(blocked.getId(), Map.of("decision", "approve"));
    assertThat(complete(Topics.READINESS, readiness(0))).isEqualTo(1);
    tasks.complete(ceoTask(Elements.APPROVE_LAUNCH).getId(), Map.of("decision", "approve"));
    assertThat(complete(Topics.ANNOUNCE)).isEqualTo(1);
    assertThat(complete(Topics.HAND_OVER, Map.of(Variables.LAUNCH_GO, true))).isEqualTo(1);

    // operations: a cycle without improvements, a strategic change the CEO rejects, then retired
    assertThat(complete(Topics.OPERATE)).isEqualTo(1);
    String operations = instanceOf(Phases.OPERATIONS);
    runCycle(operations, "2026-11-30", List.of(), 0.0);
    assertThat(activityCount(operations, "EndEvent_CycleDone")).isEqualTo(1);
    runtime.createMessageCorrelation(Messages.STRATEGIC_CHANGE).processInstanceId(operations).correlate();
    assertThat(complete(Topics.STRATEGIC_CHANGE)).isEqualTo(1);
    plan();
    tasks.complete(ceoTask(Elements.APPROVE_PLAN).getId(), Map.of("decision", "reject", "comment", "Not now"));
    assertThat(activityCount(operations, "EndEvent_ChangeRejected")).isEqualTo(1);

    runtime.createMessageCorrelation(Messages.RETIRED).processInstanceId(operations).correlate();
    assertThat(complete(Topics.RETIRE)).isEqualTo(1);

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).count()).isZero();
    assertThat(activityCount(root, Elements.END_RETIRED)).isEqualTo(1);
  }

  @Test
  void overlappingOperationsCyclesKeepTheirOwnImprovementsAndDecisions() {
    String operations = runtime.startProcessInstanceByKey(Phases.OPERATIONS, "initiative-2",
        Map.of(Variables.OPERATIONS_CYCLE, "R/PT1H", TaskExecutionProcess.Variables.FAILED_TASKS_TO, "planning")).getId();
    assertThat(complete(Topics.OPERATE)).isEqualTo(1);

    // the first cycle's improvements cost EUR 1,500: they wait for the CEO while the next cycle runs
    runCycle(operations, "2026-12-01", List.of(1L, 2L), 1500.0);
    Task approve = ceoTask(Elements.APPROVE_IMPROVEMENTS);
    runCycle(operations, "2026-12-02", List.of(9L), 100.0);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("task-execution")
        .processInstanceBusinessKey("initiative-2").list())
        .extracting(run -> runtime.getVariable(run.getId(), "workTaskId")).containsExactly(9L);

    assertThat(runtime.getVariable(approve.getExecutionId(), Variables.PERIOD)).isEqualTo("2026-12-01");
    assertThat(runtime.getVariable(approve.getExecutionId(), Variables.IMPROVEMENT_TASK_IDS)).isEqualTo(List.of(1L, 2L));
    assertThat(runtime.getVariable(approve.getExecutionId(), "approvalReason"))
        .isEqualTo("Improvements costing EUR 1,000 or more");
    assertThat(runtime.getVariables(operations)).doesNotContainKeys(Variables.PERIOD, Variables.IMPROVEMENT_TASK_IDS,
        Variables.IMPROVEMENT_COUNT, "ceoApprovalRequired", "decision");

    tasks.complete(approve.getId(), Map.of("decision", "approve"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("task-execution")
        .processInstanceBusinessKey("initiative-2").list())
        .extracting(run -> runtime.getVariable(run.getId(), "workTaskId")).containsExactlyInAnyOrder(9L, 1L, 2L);
    assertThat(runtime.getVariables(operations)).doesNotContainKeys(Variables.PERIOD, "decision");

    // retiring ends the cycles still running
    runtime.createMessageCorrelation(Messages.RETIRED).processInstanceId(operations).correlate();
    assertThat(complete(Topics.RETIRE)).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("initiative-2").count()).isZero();
  }

  @Test
  void aFailedTaskGoesBackToPlanningWhenItsPipelineAsksAndToTheCeoOtherwise() {
    String toPlanning = failedTask(true);
    assertThat(activityCount(toPlanning, "EndEvent_TaskSentBack")).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(toPlanning).count()).isZero();

    String toCeo = failedTask(false);
    assertThat(activityCount(toCeo, "EndEvent_TaskSentBack")).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(toCeo).taskDefinitionKey("UserTask_DecideOnFailedTask")
        .count()).isEqualTo(1);
    runtime.deleteProcessInstance(toCeo, "done with the test");
  }

  private String failedTask(boolean sendFailedToPlanning) {
    String id = runtime.createProcessInstanceByKey("task-execution").startBeforeActivity("ServiceTask_RecordOutcome")
        .businessKey("task-7").setVariable("workTaskId", 7L).execute().getId();
    assertThat(complete("work-task-record", Map.of("taskUsable", false, "sendFailedToPlanning", sendFailedToPlanning)))
        .isEqualTo(1);
    return id;
  }

  private void plan() {
    assertThat(complete(Topics.ANALYSE)).isEqualTo(1);
    assertThat(complete(Topics.PLAN)).isEqualTo(1);
    assertThat(complete(Topics.TEAM)).isEqualTo(1);
    assertThat(complete(Topics.ESTIMATE)).isEqualTo(1);
  }

  private static Map<String, Object> replan(double costChange, int deadlineChangeDays) {
    return Map.of(Variables.PLAN_USABLE, true, Variables.POLICY_STAGE, "replan", Variables.COST_CHANGE, costChange,
        Variables.DEADLINE_CHANGE_DAYS, deadlineChangeDays);
  }

  private static Map<String, Object> readiness(int openIncidents) {
    return Map.of(Variables.CRITICAL_TASKS_OPEN, 0, Variables.OPEN_INCIDENTS, openIncidents,
        Variables.BUDGET_LEFT, 1200.0);
  }

  /** The runs of task-execution skip the quality gate (not walked here) and pass. */
  private void finishTaskRuns(String businessKey) {
    var runs = runtime.createProcessInstanceQuery().processDefinitionKey("task-execution")
        .processInstanceBusinessKey(businessKey).list();
    for (var run : runs) {
      runtime.createProcessInstanceModification(run.getId()).startBeforeActivity("ServiceTask_RecordOutcome")
          .cancelAllForActivity("ServiceTask_BriefTask").execute();
    }
    assertThat(complete("work-task-record", Map.of("taskUsable", true))).isEqualTo(runs.size());
  }

  private void runCycle(String operations, String period, List<Long> improvementTaskIds, double costChange) {
    Job due = engine.getManagementService().createJobQuery().processInstanceId(operations).timers().singleResult();
    engine.getManagementService().executeJob(due.getId());
    assertThat(complete(Topics.CYCLE_OPEN, Map.of(Variables.PERIOD, period))).isEqualTo(1);
    for (String monitor : List.of(Topics.MONITOR_FINANCE, Topics.MONITOR_SALES, Topics.MONITOR_DELIVERY,
        Topics.MONITOR_OPERATIONS)) {
      assertThat(complete(monitor)).isEqualTo(1);
    }
    assertThat(complete(Topics.IMPROVE, Map.of(Variables.IMPROVEMENT_TASK_IDS, improvementTaskIds,
        Variables.IMPROVEMENT_COUNT, improvementTaskIds.size(), Variables.POLICY_STAGE, "improvement",
        Variables.COST_CHANGE, costChange, Variables.DEADLINE_CHANGE_DAYS, 0))).isEqualTo(1);
  }

  private int complete(String topic) {
    return complete(topic, Map.of());
  }

  /** Completes the open external tasks of the topic as a handler would, with the variables given. */
  private int complete(String topic, Map<String, Object> variables) {
    List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(10, "test")
        .topic(topic, 60_000).execute();
    locked.forEach(task -> engine.getExternalTaskService().complete(task.getId(), "test", variables));
    return locked.size();
  }

  private Task ceoTask(String key) {
    List<Task> found = tasks.createTaskQuery().taskDefinitionKey(key).taskCandidateGroup("ceo").initializeFormKeys()
        .list();
    assertThat(found).as("open CEO tasks " + key).hasSize(1);
    return found.get(0);
  }

  private String instanceOf(String processKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(BUSINESS_KEY)
        .singleResult().getId();
  }

  private long activityCount(String processInstanceId, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId)
        .finished().count();
  }
}
