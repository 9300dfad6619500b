package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.agent.AgentBudgetProcess;
import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.testing.ModelCoverage;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.work.TaskExecutionProcess;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The paths through {@code business-lifecycle}, its four phase models and {@code task-execution}, run by the real
 * engine with the real handlers, decisions, quality gates and offline agents on H2. The whole lifecycle on
 * PostgreSQL over the API is {@link FurnitureShopLifecycleEndToEndTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessLifecyclePathsTest {

  static final String SHOP = "Open an online shop for handmade furniture within 90 days";

  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired ModelCoverage coverage;
  @Autowired InitiativeSubmission submission;
  @Autowired InitiativeRepository initiatives;
  @Autowired InitiativeMessages messages;
  @Autowired OperationsRecords operations;
  @Autowired WorkTasks tasks;
  @Autowired ProcessRuns runs;
  @Autowired JdbcClient jdbc;

  @Test
  void aShopIsPlannedBuiltLaunchedOperatedAndRetired() {
    Initiative shop = start(SHOP);

    assertThat(gate(shop)).isEqualTo(APPROVE_PLAN);
    Initiative planned = view(shop);
    assertThat(planned.phase()).isEqualTo(InitiativePhase.PLANNING);
    assertThat(planned.analysis()).contains("handmade furniture", "\"risks\"");
    assertThat(open(shop)).extracting(WorkTask::group)
        .contains("engineering", "legal", "logistics", "marketing", "finance");
    assertThat(open(shop)).allSatisfy(task -> {
      assertThat(task.milestone()).isNotBlank();
      assertThat(task.producerRole()).isNotBlank();
      assertThat(task.reviewerRole()).isNotBlank();
    });
    assertThat(planned.missingCapabilities()).as("logistics has no producer role of its own").contains("logistics");
    assertThat(planned.costEstimate()).isPositive().isLessThan(planned.budget());
    assertThat(planned.timelineDays()).isPositive();
    assertThat(driver.gates(shop.runId()).get(APPROVE_PLAN).name()).contains("handmade furniture");

    driver.decide(shop.runId(), APPROVE_PLAN, Map.of("decision", "approve"));

    assertThat(gate(shop)).isEqualTo(APPROVE_LAUNCH);
    assertThat(view(shop).phase()).isEqualTo(InitiativePhase.LAUNCH);
    assertThat(tasks.tasks(shop.id())).allSatisfy(task -> assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE));
    assertThat(tasks.tasks(shop.id())).filteredOn(LaunchPlanning::isLaunchTask).extracting(WorkTask::group)
        .containsExactlyInAnyOrder("business-dev", "engineering", "finance", "legal", "logistics", "management",
            "marketing", "sales");
    assertThat(driver.variable(shop.runId(), "planDecision")).isEqualTo("approve");

    driver.decide(shop.runId(), APPROVE_LAUNCH, Map.of("decision", "approve"));

    assertThat(driver.waitingAt(shop.runId())).containsExactly(OPERATE_UNTIL_RETIRED);
    assertThat(view(shop).phase()).isEqualTo(InitiativePhase.OPERATIONS);
    assertThat(view(shop).launchedAt()).isNotNull();
    assertThat(mails(shop)).containsOnlyOnce("Launched: " + SHOP);

    cycle(shop);
    cycle(shop);

    assertThat(operations.kpis(shop.id())).extracting(OperationsRecords.Kpi::period).containsOnly(1, 2);
    assertThat(operations.kpis(shop.id())).filteredOn(kpi -> kpi.period() == 2)
        .extracting(OperationsRecords.Kpi::department).containsOnly("finance", "sales", "delivery", "operations");
    assertThat(operations.kpis(shop.id())).filteredOn(kpi -> kpi.name().equals("budget-used")).hasSize(2);

    retire(shop, "The shop runs on its own now");

    assertThat(view(shop).status()).isEqualTo(Initiative.RETIRED);
    assertThat(view(shop).phase()).isEqualTo(InitiativePhase.RETIRED);
    assertThat(driver.passed(shop.runId())).contains(END_RETIRED);
    assertThat(running(shop)).isZero();
  }

  @Test
  void theCeoAsksForChangesThenRejectsThePlan() {
    Initiative initiative = start("Launch a SaaS tool that plans delivery routes for bakeries by next spring");
    assertThat(open(initiative)).extracting(WorkTask::group).contains("it", "quality").doesNotContain("logistics");
    initiatives.recordPlanProblems(initiative.id(), "task T9 depends on T10, which is not a task of the plan");
    assertThatThrownBy(() -> runs.completeGate(driver.gates(initiative.runId()).get(APPROVE_PLAN).id(),
        Map.of("decision", "approve"))).isInstanceOf(GateRefused.class).hasMessageContaining("still has problems");
    initiatives.recordPlanProblems(initiative.id(), null);
    BigDecimal estimated = view(initiative).costEstimate();
    jdbc.sql("update bb_initiative set cost_estimate = budget + 1 where id = ?").param(initiative.id()).update();
    assertThatThrownBy(() -> runs.completeGate(driver.gates(initiative.runId()).get(APPROVE_PLAN).id(),
        Map.of("decision", "approve"))).isInstanceOf(GateRefused.class).hasMessageContaining("more than the budget");
    jdbc.sql("update bb_initiative set cost_estimate = ? where id = ?").params(estimated, initiative.id()).update();

    driver.decide(initiative.runId(), APPROVE_PLAN, Map.of("decision", "changes", "comment",
        "Start with one city only"));
    assertThat(lastPrompt(initiative, BusinessLifecycleProcess.Topics.PLAN)).contains("Start with one city only");
    assertThat(open(initiative)).extracting(WorkTask::title).anyMatch(title -> title.contains("one city only"));
    driver.decide(initiative.runId(), APPROVE_PLAN, Map.of("decision", "reject", "comment", "Not now"));

    assertThat(view(initiative).status()).isEqualTo(Initiative.REJECTED);
    assertThat(tasks.tasks(initiative.id())).isNotEmpty().allSatisfy(task -> {
      assertThat(task.status()).isEqualTo(WorkTaskStatus.DROPPED);
      assertThat(task.outcomeReason()).isEqualTo("The CEO rejected the plan: Not now");
    });
    assertThat(driver.passed(initiative.runId())).contains(END_REJECTED).doesNotContain(EXECUTION);
  }

  @Test
  void aFailedTaskGoesBackToThePlannerAndTheInitiativeIsStoppedEarly() {
    Initiative initiative = start("Start a consulting practice for warehouse automation");
    assertThat(open(initiative)).extracting(WorkTask::group).contains("hr", "sales").doesNotContain("it");
    setEverywhere(initiative, BusinessLifecycleProcess.Variables.MAX_PARALLEL_TASKS, 1);
    // the first task's agents may call no more: its budget gate stops it and the CEO lets it end
    setEverywhere(initiative, PipelineBudget.MAX_CALLS_VARIABLE, spent(initiative));
    driver.decide(initiative.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    setEverywhere(initiative, PipelineBudget.MAX_CALLS_VARIABLE, 5000);
    driver.decide(initiative.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "reject",
        "comment", "Stop this task"));

    assertThat(driver.passed(initiative.runId())).contains(TaskExecutionProcess.Elements.END_TASK_SENT_BACK,
        REPLAN_OPEN_WORK).doesNotContain(TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK, APPROVE_REVISED_PLAN);
    assertThat(lastPrompt(initiative, BusinessLifecycleProcess.Topics.PLAN)).contains("was sent back");
    assertThat(gate(initiative)).isEqualTo(APPROVE_LAUNCH);

    retire(initiative, "The market moved");

    assertThat(view(initiative).status()).isEqualTo(Initiative.STOPPED);
    assertThat(driver.passed(initiative.runId())).contains(END_STOPPED).doesNotContain(OPERATIONS);
    assertThat(running(initiative)).isZero();
  }

  @Test
  void aFailedTaskGoesToTheCeoWhenThePipelineDoesNotAskForPlanning() {
    Initiative initiative = start("Open a store for refurbished bicycles");
    setEverywhere(initiative, BusinessLifecycleProcess.Variables.MAX_PARALLEL_TASKS, 1);
    setEverywhere(initiative, TaskExecutionProcess.Variables.FAILED_TASKS_TO, "ceo");
    setEverywhere(initiative, PipelineBudget.MAX_CALLS_VARIABLE, spent(initiative));
    driver.decide(initiative.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    driver.decide(initiative.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "reject",
        "comment", "Stop this task"));

    assertThat(gate(initiative)).isEqualTo(TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK);
    setEverywhere(initiative, PipelineBudget.MAX_CALLS_VARIABLE, 5000);
    driver.decide(initiative.runId(), TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK, Map.of("decision",
        "reject", "comment", "We do without it"));

    assertThat(tasks.tasks(initiative.id())).filteredOn(task -> task.status() == WorkTaskStatus.DROPPED)
        .singleElement().satisfies(task -> assertThat(task.outcomeReason()).contains("We do without it"));
    assertThat(gate(initiative)).isEqualTo(APPROVE_LAUNCH);
    retire(initiative, null);
    assertThat(view(initiative).status()).as("a retire needs no reason").isEqualTo(Initiative.STOPPED);
    assertThat(tasks.tasks(initiative.id())).allSatisfy(task -> assertThat(task.settled()).isTrue());
  }

  @Test
  void aLaunchThatIsNotReadyGoesBackToExecutionUntilItIs() {
    Initiative lamps = start("Open an online shop for handmade lamps");
    driver.decide(lamps.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    assertThat(gate(lamps)).isEqualTo(APPROVE_LAUNCH);
    assertThatThrownBy(() -> instruct(lamps, "Also sell gift cards"))
        .isInstanceOf(InitiativeMessages.NotReady.class).hasMessageContaining("does not take an instruction");

    // the CEO holds the launch with an instruction, whose cost the approval policy gives to the CEO
    driver.decide(lamps.runId(), APPROVE_LAUNCH, Map.of("decision", "changes", "comment", "Add a size guide first"));
    assertThat(driver.passed(lamps.runId())).contains(END_BACK_TO_EXECUTION);
    assertThat(gate(lamps)).isEqualTo(APPROVE_REVISED_PLAN);
    driver.decide(lamps.runId(), APPROVE_REVISED_PLAN, Map.of("decision", "changes", "comment", "Keep it short"));
    assertThat(gate(lamps)).isEqualTo(APPROVE_REVISED_PLAN);
    assertThat(lastPrompt(lamps, BusinessLifecycleProcess.Topics.PLAN)).contains("Keep it short");
    runs.completeGate(driver.gates(lamps.runId()).get(APPROVE_REVISED_PLAN).id(), Map.of("decision", "approve"));

    // right before the readiness check a critical task has lost its result and the budget is spent
    driver.advanceUntilTask(lamps.runId(), BusinessLifecycleProcess.Topics.READINESS);
    WorkTask critical = tasks.tasks(lamps.id()).stream()
        .filter(task -> task.priority() == 1 && !LaunchPlanning.isLaunchTask(task)).findFirst().orElseThrow();
    jdbc.sql("update bb_work_task set status = 'FAILED' where id = ?").param(critical.id()).update();
    jdbc.sql("update bb_initiative set budget = 1 where id = ?").param(lamps.id()).update();
    driver.advance(lamps.runId());

    assertThat(tasks.require(critical.id()).status()).isEqualTo(WorkTaskStatus.DONE);
    assertThat(tasks.require(critical.id()).reworks()).isOne();
    assertThat(tasks.tasks(lamps.id())).filteredOn(task -> task.title().contains("Add a size guide first"))
        .singleElement().satisfies(task -> assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE));
    assertThat(gate(lamps)).as("nothing to rework: the budget blocks the launch").isEqualTo(DECIDE_ON_BLOCKED_LAUNCH);
    assertThat(view(lamps).readiness()).isEqualTo("The budget is spent");

    jdbc.sql("update bb_initiative set budget = 20000 where id = ?").param(lamps.id()).update();
    driver.decide(lamps.runId(), DECIDE_ON_BLOCKED_LAUNCH, Map.of("decision", "approve"));
    assertThat(gate(lamps)).isEqualTo(APPROVE_LAUNCH);
    driver.decide(lamps.runId(), APPROVE_LAUNCH, Map.of("decision", "approve"));
    assertThat(view(lamps).phase()).isEqualTo(InitiativePhase.OPERATIONS);
    retire(lamps, "Test over");
  }

  @Test
  void anInstructionWhileTheTasksRunBecomesTasks() {
    Initiative bowls = start("Open an online shop for wooden bowls");
    setEverywhere(bowls, BusinessLifecycleProcess.Variables.MAX_PARALLEL_TASKS, 1);
    runs.completeGate(driver.gates(bowls.runId()).get(APPROVE_PLAN).id(), Map.of("decision", "approve"));
    driver.advanceUntilTask(bowls.runId(), TaskExecutionProcess.Topics.RECORD);

    instruct(bowls, "Offer engraving");
    instruct(bowls, "Offer engraving");
    driver.advance(bowls.runId());

    assertThat(jdbc.sql("select count(*) from bb_initiative_message where initiative_id = ?").param(bowls.id())
        .query(Long.class).single()).as("the same instruction sent twice is taken in once").isOne();
    assertThat(driver.passed(bowls.runId())).contains("ServiceTask_TakeInInstruction", REPLAN_OPEN_WORK);
    assertThat(gate(bowls)).isEqualTo(APPROVE_REVISED_PLAN);
    initiatives.recordPlanProblems(bowls.id(), "task T12 depends on T40, which is not a task of the plan");
    assertThatThrownBy(() -> runs.completeGate(driver.gates(bowls.runId()).get(APPROVE_REVISED_PLAN).id(),
        Map.of("decision", "approve"))).isInstanceOf(GateRefused.class).hasMessageContaining("still has problems")
        .hasMessageNotContaining("or reject");
    initiatives.recordPlanProblems(bowls.id(), null);
    driver.decide(bowls.runId(), APPROVE_REVISED_PLAN, Map.of("decision", "approve"));
    assertThat(tasks.tasks(bowls.id())).filteredOn(task -> task.title().contains("Offer engraving"))
        .singleElement().satisfies(task -> assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE));
    assertThat(gate(bowls)).isEqualTo(APPROVE_LAUNCH);
    retire(bowls, "Test over");
    assertThat(view(bowls).status()).isEqualTo(Initiative.STOPPED);
  }

  @Test
  void operationsCyclesTurnFindingsIntoImprovementsAndSurviveAFailingMonitor() {
    Initiative shop = launched("Open an online shop for handmade rugs");
    theCompanyIsInOrder();

    // cycle 1: nothing to improve
    cycle(shop);
    assertThat(operations.findings(shop.id(), 1)).isEmpty();
    assertThat(driver.passed(shop.runId())).contains("EndEvent_CycleDone");

    // cycle 2: the sales monitor fails; its incident holds that cycle only
    driver.fireTimerOnly(shop.runId(), CYCLE_DUE);
    failOnce(shop, BusinessLifecycleProcess.Topics.MONITOR_SALES);
    driver.advance(shop.runId());
    assertThat(operations.kpis(shop.id())).filteredOn(kpi -> kpi.period() == 2)
        .extracting(OperationsRecords.Kpi::department).containsOnly("finance", "delivery", "operations");
    assertThat(view(shop).incident()).isNotNull();

    // cycle 3: the budget is nearly used and a run has an incident: two improvements, small enough to run at once
    jdbc.sql("update bb_initiative set budget = cost_estimate * 1.05 where id = ?").param(shop.id()).update();
    cycle(shop);
    assertThat(operations.findings(shop.id(), 3)).extracting(OperationsRecords.Finding::key)
        .containsExactlyInAnyOrder("budget", "open-incidents");
    assertThat(operations.findings(shop.id(), 3)).allSatisfy(finding -> assertThat(finding.taskKey()).isNotNull());
    assertThat(improvements(shop, 3)).hasSize(2)
        .allSatisfy(task -> assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE));
    assertThat(driver.passed(shop.runId())).doesNotContain(APPROVE_IMPROVEMENTS);

    // cycle 4: an overdue invoice as well: three improvements cost enough for the CEO, who approves
    String invoice = overdueInvoice();
    cycle(shop);
    assertThat(gate(shop)).isEqualTo(APPROVE_IMPROVEMENTS);
    driver.decide(shop.runId(), APPROVE_IMPROVEMENTS, Map.of("decision", "approve"));
    assertThat(improvements(shop, 4)).hasSize(3)
        .allSatisfy(task -> assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE));

    // cycle 5: the CEO declines
    cycle(shop);
    driver.decide(shop.runId(), APPROVE_IMPROVEMENTS, Map.of("decision", "reject", "comment", "Not this month"));
    assertThat(improvements(shop, 5)).hasSize(3).allSatisfy(task -> {
      assertThat(task.status()).isEqualTo(WorkTaskStatus.DROPPED);
      assertThat(task.outcomeReason()).contains("Not this month");
    });
    assertThat(operations.kpis(shop.id())).filteredOn(kpi -> kpi.name().equals("budget-used"))
        .extracting(OperationsRecords.Kpi::period).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    paid(invoice);
    assertThat(jdbc.sql("select role_id from bb_tension where raised_by = 'monitor:finance' and what_is like ?")
        .param("%\"budget\" in 3 operations cycles in a row%").query(String.class).list())
        .as("the budget found three cycles in a row is a tension on the finance role, raised once")
        .containsExactly("finance");

    // a strategic change runs planning again; the first is approved and carried out, the second rejected
    jdbc.sql("update bb_initiative set budget = 40000 where id = ?").param(shop.id()).update();
    strategicChange(shop, "Add a range of rugs for hotels");
    assertThat(gate(shop)).isEqualTo(APPROVE_PLAN);
    assertThatThrownBy(() -> strategicChange(shop, "And open a café"))
        .isInstanceOf(InitiativeMessages.NotReady.class).hasMessageContaining("a strategic change is under way");
    assertThat(lastPrompt(shop, BusinessLifecycleProcess.Topics.PLAN)).contains("rugs for hotels");
    driver.decide(shop.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    assertThat(tasks.tasks(shop.id())).filteredOn(task -> task.title().contains("rugs for hotels"))
        .singleElement().satisfies(task -> assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE));
    assertThat(driver.passed(shop.runId())).contains("EndEvent_ChangeCarriedOut");
    strategicChange(shop, "Open a shop in Japan");
    driver.decide(shop.runId(), APPROVE_PLAN, Map.of("decision", "reject", "comment", "Too far"));
    assertThat(driver.passed(shop.runId())).contains("EndEvent_ChangeRejected");
    assertThat(view(shop).phase()).isEqualTo(InitiativePhase.OPERATIONS);

    retire(shop, "Enough rugs");
    assertThat(view(shop).status()).isEqualTo(Initiative.RETIRED);
    assertThat(running(shop)).as("the stuck cycle ended with the initiative").isZero();
  }

  @AfterAll
  void everyFlowNodeOfTheModelsWasPassed() {
    for (String model : List.of(BusinessLifecycleProcess.PROCESS_ID, BusinessLifecycleProcess.Phases.PLANNING,
        BusinessLifecycleProcess.Phases.EXECUTION, BusinessLifecycleProcess.Phases.LAUNCH,
        BusinessLifecycleProcess.Phases.OPERATIONS, TaskExecutionProcess.PROCESS_ID)) {
      coverage.assertEveryFlowNodePassed(model);
    }
  }

  // ---- helpers

  Initiative start(String goal) {
    Initiative initiative = startWithoutAdvancing(goal);
    driver.advance(initiative.runId());
    return initiative;
  }

  Initiative startWithoutAdvancing(String goal) {
    return submission.start(new InitiativeRequest(goal, List.of("Sell only in the EU"), new BigDecimal("20000"),
        "EUR", LocalDate.now().plusDays(90)), "test", UUID.randomUUID().toString()).initiative();
  }

  Initiative launched(String goal) {
    Initiative initiative = start(goal);
    driver.decide(initiative.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    driver.decide(initiative.runId(), APPROVE_LAUNCH, Map.of("decision", "approve"));
    assertThat(view(initiative).phase()).isEqualTo(InitiativePhase.OPERATIONS);
    return initiative;
  }

  void cycle(Initiative initiative) {
    driver.fireTimer(initiative.runId(), CYCLE_DUE);
  }

  /** The task of this topic fails for good, as a monitor whose source is down would: an incident. */
  void failOnce(Initiative initiative, String topic) {
    driver.advanceUntilTask(initiative.runId(), topic);
    List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(10, "test-failure")
        .topic(topic, 60_000).businessKey(initiative.id()).execute();
    assertThat(locked).hasSize(1);
    engine.getExternalTaskService().handleFailure(locked.get(0).getId(), "test-failure", "The ledger is down",
        0, 0);
  }

  /**
   * The monitors look at the whole company, which the other tests of this context leave with overdue work: every
   * overdue invoice is paid, every overdue milestone moved, every waiting deal followed up, every run with an
   * incident cancelled (the other tests have ended; JUnit runs the classes one after another).
   */
  void theCompanyIsInOrder() {
    jdbc.sql("insert into bb_ledger_payment (provider, payment_id, invoice_id, amount, received_at) "
        + "select provider, 'settled-' || id, id, total, current_timestamp from bb_ledger_invoice i "
        + "where due_date < current_date and not exists (select 1 from bb_ledger_payment p where p.invoice_id = i.id)")
        .update();
    jdbc.sql("update bb_project_milestone set due_date = ? where due_date < current_date")
        .param(java.sql.Date.valueOf(LocalDate.now().plusDays(30))).update();
    jdbc.sql("update bb_deal set updated_at = current_timestamp where status = 'OPEN'").update();
    jdbc.sql("select run_id from bb_run where status = 'RUNNING' and incidents <> '{}'").query(String.class).list()
        .forEach(run -> engine.getRuntimeService().deleteProcessInstance(run, "The test needs a company in order"));
  }

  /** An invoice of the company's, due three days ago and not paid. */
  String overdueInvoice() {
    String id = UUID.randomUUID().toString();
    jdbc.sql("insert into bb_ledger_invoice (provider, id, idempotency_key, number, customer_id, total, currency, "
            + "due_date, created_at) values ('offline', ?, ?, ?, 'c1', 500, 'EUR', ?, current_timestamp)")
        .params(id, id, "T-" + id.substring(0, 8), java.sql.Date.valueOf(LocalDate.now().minusDays(3))).update();
    return id;
  }

  /** The company's other tests share its ledger: the invoice is paid again. */
  void paid(String invoice) {
    jdbc.sql("insert into bb_ledger_payment (provider, payment_id, invoice_id, amount, received_at) "
        + "values ('offline', ?, ?, 500, current_timestamp)").params(UUID.randomUUID().toString(), invoice).update();
  }

  List<WorkTask> improvements(Initiative initiative, int period) {
    return tasks.tasks(initiative.id()).stream().filter(task -> task.key().startsWith("I" + period + "-")).toList();
  }

  void instruct(Initiative initiative, String text) {
    messages.receive(view(initiative), new InitiativeMessage(InitiativeMessage.INSTRUCTION, text), "ceo");
  }

  void strategicChange(Initiative initiative, String text) {
    messages.receive(view(initiative), new InitiativeMessage(InitiativeMessage.STRATEGIC_CHANGE, text), "ceo");
    driver.advance(initiative.runId());
  }

  void retire(Initiative initiative, String why) {
    messages.receive(view(initiative), new InitiativeMessage(InitiativeMessage.RETIRE, why), "ceo");
    driver.advance(initiative.runId());
  }

  /** The runs of the initiative's pipeline still running, the called ones included. */
  long running(Initiative initiative) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(initiative.id())
        .count();
  }

  List<WorkTask> open(Initiative initiative) {
    return tasks.tasks(initiative.id()).stream().filter(task -> !task.settled()).toList();
  }

  String gate(Initiative initiative) {
    return driver.gate(initiative.runId()).key();
  }

  Initiative view(Initiative initiative) {
    return initiatives.require(initiative.id());
  }

  void setEverywhere(Initiative initiative, String name, Object value) {
    driver.tree(initiative.runId()).forEach(id -> engine.getRuntimeService().setVariable(id, name, value));
  }

  long spent(Initiative initiative) {
    return jdbc.sql("select count(*) from bb_agent_call where pipeline_key = ?").param(initiative.id())
        .query(Long.class).single();
  }

  String lastPrompt(Initiative initiative, String task) {
    return jdbc.sql("select prompt from bb_agent_call where pipeline_key = ? and task = ? order by created_at desc")
        .params(initiative.id(), task).query(String.class).list().get(0);
  }

  List<String> mails(Initiative initiative) {
    return jdbc.sql("select subject from bb_mail where deal_id = ? order by created_at").param(initiative.id())
        .query(String.class).list();
  }
}
