package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.testing.ModelCoverage;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.agent.AgentBudgetProcess;
import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.work.TaskExecutionProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The paths through {@code service-delivery}, its stages and {@code task-execution}, run by the real engine with
 * the real handlers, decisions, quality gates and offline agents, and the offline adapters (outbox, ledger, PDFs)
 * on H2. The whole pipeline from a lead on PostgreSQL is {@link com.businessbuilder.deal.LeadToDeliveredProjectEndToEndTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceDeliveryPathsTest {

  static final List<String> REQUIREMENTS = List.of("A customer portal where dealers order spare parts",
      "Orders reach the ERP within a minute", "Dealers see their order history");

  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired ModelCoverage coverage;
  @Autowired ProjectSubmission submission;
  @Autowired ProjectRepository projects;
  @Autowired ProjectMessages messages;
  @Autowired WorkTasks tasks;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessRuns runs;
  @Autowired Deliverables deliverables;
  @Autowired Documents documents;

  @Test
  void projectDeliveredRatedWellAndEveryMilestoneInvoicedOnce() {
    Project project = open("low");

    assertThat(driver.passed(project.runId())).containsSubsequence(PLANNING, "ServiceTask_SetUpProject",
        BREAK_DOWN_TASKS, "BusinessRuleTask_CheckPlanApproval", "EndEvent_PlanApproved", EXECUTION, RUN_TASKS, REVIEW,
        COMPLETION).doesNotContain(APPROVE_PLAN);
    assertThat(tasksOf(project)).hasSize(7).allSatisfy(task -> {
      assertThat(task.status()).isEqualTo(WorkTaskStatus.DONE);
      assertThat(task.qaScore()).isNotNull();
    });
    assertThat(milestones(project)).extracting(Milestone::status).containsOnly(Milestone.DONE);
    assertThat(driver.waitingAt(project.runId())).containsExactly(WAIT_FOR_FEEDBACK);
    assertThat(mails(project)).anyMatch(subject -> subject.startsWith("Milestone 1 delivered"))
        .contains("Your project is complete");
    assertThat(attachments("completion-report-" + project.id())).containsExactly("Deliverable Acme Robotics.pdf");

    accept(project, 1);
    accept(project, 1);
    feedback(project, 5, "Great work, the dealers love the portal");
    accept(project, 2);

    assertThat(view(project).status()).isEqualTo(Project.RUNNING);
    assertThat(view(project).stage()).isEqualTo(ProjectStage.ACCEPTANCE);
    assertThat(view(project).caseStudy()).contains("Acme Robotics", "the dealers love the portal");

    accept(project, 3);

    assertThat(view(project).status()).isEqualTo(Project.DELIVERED);
    assertThat(view(project).stage()).isEqualTo(ProjectStage.DELIVERED);
    assertThat(milestones(project)).extracting(Milestone::status).containsOnly(Milestone.INVOICED);
    assertThat(invoices(project)).hasSize(3);
    assertThat(invoiceTotal(project)).as("the price, the deposit being 0 for a project opened directly")
        .isEqualByComparingTo("30000");
    assertThat(driver.passed(project.runId())).contains(ALL_MILESTONES_INVOICED, END_PROJECT_DELIVERED);
  }

  @Test
  void theCeoChangesThePlanApprovesItAndLooksIntoALowRating() {
    Project project = open("high");
    assertThat(gate(project)).isEqualTo(APPROVE_PLAN);
    assertThat(driver.gates(project.runId()).get(APPROVE_PLAN).name()).contains("Acme Robotics", "EUR 30,000");
    projects.recordPlanProblems(project.id(), "task T9 depends on T10, which is not a task of the plan");
    assertThatThrownBy(() -> runs.completeGate(driver.gates(project.runId()).get(APPROVE_PLAN).id(),
        Map.of("decision", "approve"))).isInstanceOf(GateRefused.class).hasMessageContaining("still has problems");
    projects.recordPlanProblems(project.id(), null);

    driver.decide(project.runId(), APPROVE_PLAN, Map.of("decision", "changes", "comment", "Add a data migration"));
    assertThat(gate(project)).isEqualTo(APPROVE_PLAN);
    assertThat(lastPrompt(project, ServiceDeliveryProcess.Topics.PLAN)).contains("Add a data migration");
    driver.decide(project.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    feedback(project, 1, "Too slow, and nobody called us back");

    assertThat(gate(project)).isEqualTo(LOOK_INTO_LOW_RATING);
    driver.decide(project.runId(), LOOK_INTO_LOW_RATING, Map.of("decision", "approve", "comment",
        "I call them tomorrow"));
    assertThat(view(project).caseStudy()).isNull();
    driver.fireTimer(project.runId(), ACCEPTANCE_OVERDUE);
    assertThat(mails(project)).contains("Milestones waiting for your acceptance");
    accept(project, 1);
    accept(project, 2);
    accept(project, 3);

    assertThat(view(project).status()).isEqualTo(Project.DELIVERED);
    assertThat(driver.timesPassed(project.runId(), APPROVE_PLAN)).isEqualTo(2);
  }

  @Test
  void aRejectedPlanStopsTheProjectWithTheCeosReason() {
    Project project = open("high");

    driver.decide(project.runId(), APPROVE_PLAN, Map.of("decision", "reject", "comment", "Not our kind of work"));

    assertThat(view(project).status()).isEqualTo(Project.STOPPED);
    assertThat(view(project).stage()).isEqualTo(ProjectStage.STOPPED);
    assertThat(view(project).stopReason()).isEqualTo("The CEO rejected the plan: Not our kind of work");
    assertThat(driver.passed(project.runId())).contains("EndEvent_StoppedPlanRejected", END_PROJECT_STOPPED);
  }

  @Test
  void theAgentBudgetOfThePlannerIsRaisedOrTheProjectStops() {
    Project raised = openWithoutAdvancing("low");
    limitAgentCalls(raised, 0);
    driver.advance(raised.runId());
    assertThat(gate(raised)).isEqualTo(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    driver.decide(raised.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "approve",
        "comment", "", PipelineBudget.MAX_CALLS_VARIABLE, 1000));
    assertThat(driver.waitingAt(raised.runId())).containsExactly(WAIT_FOR_FEEDBACK);

    Project stopped = openWithoutAdvancing("low");
    limitAgentCalls(stopped, 0);
    driver.advance(stopped.runId());
    driver.decide(stopped.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "reject",
        "comment", "Plan it by hand"));
    assertThat(view(stopped).stopReason())
        .isEqualTo("The agent budget ran out while planning and was not raised: Plan it by hand");
  }

  @Test
  void aFailedTaskIsRetriedWithGuidanceWhileReportsAndDeadlinesGoOn() {
    Project project = heldAtTheFirstFailedTask();
    WorkTask failed = tasksOf(project).stream().filter(t -> t.status() == WorkTaskStatus.FAILED).findFirst()
        .orElseThrow();

    driver.fireTimer(project.runId(), PROGRESS_REPORT_DUE);
    assertThat(mails(project)).contains("Progress of your project");
    moveDueDate(project, 1, LocalDate.now().minusDays(1));
    driver.fireTimer(project.runId(), DEADLINE_CHECK_DUE);
    assertThat(driver.gates(project.runId())).containsKey(DECIDE_ON_OVERDUE_MILESTONE);
    driver.decide(project.runId(), DECIDE_ON_OVERDUE_MILESTONE, Map.of("decision", "approve", "comment",
        "The ERP interface took longer"));
    assertThat(milestones(project).get(0).dueDate()).isAfter(LocalDate.now());
    assertThat(mails(project)).anyMatch(subject -> subject.startsWith("Milestone 1 moves to"));
    driver.fireTimer(project.runId(), DEADLINE_CHECK_DUE);
    assertThat(driver.passed(project.runId())).contains("EndEvent_OnSchedule");

    raiseAgentCalls(project);
    driver.decide(project.runId(), TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK, Map.of("decision", "approve",
        "comment", "Mind the dealers' part numbers"));

    assertThat(tasks.require(failed.id()).status()).isEqualTo(WorkTaskStatus.DONE);
    assertThat(tasks.require(failed.id()).attempts()).isEqualTo(2);
    assertThat(deliverables.find(tasks.require(failed.id()).deliverableId()).orElseThrow().brief().text("ceoGuidance"))
        .isEqualTo("Mind the dealers' part numbers");
    assertThat(driver.waitingAt(project.runId())).containsExactly(WAIT_FOR_FEEDBACK);
  }

  @Test
  void aFailedTaskIsDroppedWithItsReason() {
    Project project = heldAtTheFirstFailedTask();
    WorkTask failed = tasksOf(project).stream().filter(t -> t.status() == WorkTaskStatus.FAILED).findFirst()
        .orElseThrow();
    raiseAgentCalls(project);

    driver.decide(project.runId(), TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK, Map.of("decision", "reject",
        "comment", "The client designs this part themselves"));

    assertThat(tasks.require(failed.id()).status()).isEqualTo(WorkTaskStatus.DROPPED);
    assertThat(tasks.require(failed.id()).outcomeReason()).isEqualTo("The client designs this part themselves");
    assertThat(driver.waitingAt(project.runId())).containsExactly(WAIT_FOR_FEEDBACK);
  }

  @Test
  void aFailedTaskAndAnOverdueMilestoneSendTheOpenWorkBackToPlanning() {
    Project project = heldAtTheFirstFailedTask();
    moveDueDate(project, 1, LocalDate.now().minusDays(1));
    driver.fireTimer(project.runId(), DEADLINE_CHECK_DUE);
    driver.decide(project.runId(), DECIDE_ON_OVERDUE_MILESTONE, Map.of("decision", "changes", "comment",
        "Do the ERP link first"));
    raiseAgentCalls(project);

    driver.decide(project.runId(), TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK, Map.of("decision",
        "changes", "comment", "Split the design in two"));

    assertThat(gate(project)).isEqualTo(APPROVE_PLAN);
    assertThat(lastPrompt(project, ServiceDeliveryProcess.Topics.PLAN)).contains("Split the design in two",
        "Do the ERP link first");
    assertThat(projects.replanReason(project.id())).isEmpty();
    driver.decide(project.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    assertThat(driver.timesPassed(project.runId(), PLANNING)).isEqualTo(2);
    driver.fireTimer(project.runId(), FEEDBACK_REMINDER_DUE);
    assertThat(mails(project)).contains("How did we do?");
    driver.fireTimer(project.runId(), FEEDBACK_DEADLINE);
    assertThat(view(project).feedback()).isEqualTo(ProjectRepository.NO_FEEDBACK);
    assertThat(view(project).stage()).isEqualTo(ProjectStage.ACCEPTANCE);
  }

  @Test
  void theCeoStopsTheProjectAtAnOverdueMilestone() {
    Project project = heldAtTheFirstFailedTask();
    moveDueDate(project, 1, LocalDate.now().minusDays(1));
    driver.fireTimer(project.runId(), DEADLINE_CHECK_DUE);

    driver.decide(project.runId(), DECIDE_ON_OVERDUE_MILESTONE, Map.of("decision", "reject", "comment",
        "The client withdrew"));

    assertThat(view(project).status()).isEqualTo(Project.STOPPED);
    assertThat(view(project).stopReason())
        .isEqualTo("The CEO stopped the project at an overdue milestone: The client withdrew");
    assertThat(driver.gates(project.runId())).isEmpty();
  }

  @Test
  void theFinalReviewSendsAnOutputWithAPlaceholderBackToItsTask() {
    Project project = openWithoutAdvancing("low");
    driver.advanceUntilTask(project.runId(), ServiceDeliveryProcess.Topics.FINAL_REVIEW);
    WorkTask spoilt = spoilTheOutputOfTheFirstTask(project);

    driver.advance(project.runId());

    assertThat(driver.passed(project.runId())).contains("ServiceTask_SendWorkBack", REWORK_TASKS);
    assertThat(tasks.require(spoilt.id()).reworks()).isEqualTo(1);
    assertThat(deliverables.find(tasks.require(spoilt.id()).deliverableId()).orElseThrow().brief().text("ceoGuidance"))
        .contains("TODO");
    assertThat(driver.waitingAt(project.runId())).containsExactly(WAIT_FOR_FEEDBACK);
    assertThat(documents.ofDeal(project.id())).filteredOn(d -> d.kind() == DocumentKind.DELIVERABLE).hasSize(2);
  }

  @Test
  void aDeliverableStillLackingAfterItsRoundsGoesToTheCeo() {
    Project reworked = escalated();
    driver.decide(reworked.runId(), DECIDE_ON_DELIVERABLE, Map.of("decision", "changes", "comment",
        "Replace the TODO with the real part numbers"));
    assertThat(driver.passed(reworked.runId())).contains("ServiceTask_GrantAnotherRound", "CallActivity_ReworkForCeo");
    assertThat(driver.waitingAt(reworked.runId())).containsExactly(WAIT_FOR_FEEDBACK);

    Project accepted = escalated();
    driver.decide(accepted.runId(), DECIDE_ON_DELIVERABLE, Map.of("decision", "approve"));
    assertThat(driver.waitingAt(accepted.runId())).containsExactly(WAIT_FOR_FEEDBACK);

    Project rejected = escalated();
    driver.decide(rejected.runId(), DECIDE_ON_DELIVERABLE, Map.of("decision", "reject", "comment", "Not good enough"));
    assertThat(view(rejected).stopReason()).isEqualTo("The CEO rejected the deliverable: Not good enough");
  }

  @Test
  void theAgentBudgetOfTheFinalReviewIsRaisedOrTheProjectStops() {
    Project raised = heldAtTheFinalReview();
    limitAgentCalls(raised, spent(raised));
    driver.advance(raised.runId());
    driver.decide(raised.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "approve",
        "comment", "", PipelineBudget.MAX_CALLS_VARIABLE, 1000));
    assertThat(driver.waitingAt(raised.runId())).containsExactly(WAIT_FOR_FEEDBACK);

    Project stopped = heldAtTheFinalReview();
    limitAgentCalls(stopped, spent(stopped));
    driver.advance(stopped.runId());
    driver.decide(stopped.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "reject",
        "comment", "Enough"));
    assertThat(view(stopped).stopReason()).startsWith("The agent budget ran out in the final review");
  }

  @Test
  void aSmallChangeIsPlannedInAndBilledWithTheNextMilestone() {
    Project project = openWithoutAdvancing("low");
    driver.advanceUntilTask(project.runId(), ServiceDeliveryProcess.Topics.PLAN);

    change(project, "Dealers also want to reorder from their order history.");

    ProjectChange change = projects.changes(project.id()).get(0);
    assertThat(change.status()).isEqualTo(ProjectChange.APPLIED);
    assertThat(change.price()).isEqualByComparingTo("960");
    assertThat(lastPrompt(project, ServiceDeliveryProcess.Topics.PLAN)).contains("reorder from their order history");
    assertThat(milestones(project).get(0).changeAmount()).isEqualByComparingTo("960");
    assertThat(mails(project)).contains("Your change is on its way");
    accept(project, 1);
    assertThat(invoiceTotal(project)).isEqualByComparingTo("10960");
  }

  @Test
  void theCeoDecidesOnChangesOfAHighRiskClient() {
    Project project = open("high");
    change(project, "Add a mobile app for the dealers.");
    assertThat(driver.gates(project.runId())).containsKeys(APPROVE_PLAN, APPROVE_CHANGE);
    driver.decide(project.runId(), APPROVE_CHANGE, Map.of("decision", "changes", "comment", "Count the app stores"));
    assertThat(lastPrompt(project, ServiceDeliveryProcess.Topics.CHANGE_ASSESS)).contains("Count the app stores");
    driver.decide(project.runId(), APPROVE_CHANGE, Map.of("decision", "reject", "comment", "Out of scope"));
    assertThat(projects.changes(project.id()).get(0).status()).isEqualTo(ProjectChange.DECLINED);
    assertThat(mails(project)).contains("About the change you asked for");

    change(project, "Export the order history as CSV.");
    assertThatThrownBy(() -> change(project, "And one more thing"))
        .isInstanceOf(ProjectMessages.NotReady.class).hasMessageContaining("a change is being decided");
    driver.decide(project.runId(), APPROVE_CHANGE, Map.of("decision", "approve"));
    assertThat(projects.changes(project.id()).get(1).status()).isEqualTo(ProjectChange.APPLIED);

    limitAgentCalls(project, spent(project));
    change(project, "Also a dark mode.");
    assertThat(projects.changes(project.id()).get(2).status()).isEqualTo(ProjectChange.DECLINED);
    assertThat(driver.passed(project.runId())).contains("ServiceTask_DeclineChangeOverBudget");
  }

  /** {@code task-execution}'s way back to planning is the lifecycle's: its coverage is BusinessLifecyclePathsTest's. */
  @AfterAll
  void everyFlowNodeOfTheModelsWasPassed() {
    for (String model : List.of(ServiceDeliveryProcess.PROCESS_ID, ServiceDeliveryProcess.Stages.PLANNING,
        ServiceDeliveryProcess.Stages.EXECUTION, ServiceDeliveryProcess.Stages.REVIEW,
        ServiceDeliveryProcess.Stages.COMPLETION)) {
      coverage.assertEveryFlowNodePassed(model);
    }
  }

  // ---- helpers

  Project open(String risk) {
    Project project = openWithoutAdvancing(risk);
    driver.advance(project.runId());
    return project;
  }

  Project openWithoutAdvancing(String risk) {
    return submission.open(new ProjectRequest("Acme Robotics", "Dana Reyes", "dana@acme.example", REQUIREMENTS,
        new BigDecimal("30000"), "EUR", 8, risk, "Dealers order by phone today"), "test",
        UUID.randomUUID().toString()).project();
  }

  /** A high-risk project whose first task failed its quality gate (its agent budget stopped): the CEO decides. */
  Project heldAtTheFirstFailedTask() {
    Project project = open("high");
    limitAgentCalls(project, spent(project));
    setEverywhere(project, ServiceDeliveryProcess.Variables.MAX_PARALLEL_TASKS, 1);
    driver.decide(project.runId(), APPROVE_PLAN, Map.of("decision", "approve"));
    driver.decide(project.runId(), AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET, Map.of("decision", "reject",
        "comment", "Stop this task"));
    assertThat(driver.gates(project.runId())).containsOnlyKeys(TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK);
    assertThat(view(project).stage()).isEqualTo(ProjectStage.EXECUTION);
    return project;
  }

  Project heldAtTheFinalReview() {
    Project project = openWithoutAdvancing("low");
    driver.advanceUntilTask(project.runId(), ServiceDeliveryProcess.Topics.FINAL_REVIEW);
    return project;
  }

  /** A project whose final review finds a gap with no round left: the CEO decides on the deliverable. */
  Project escalated() {
    Project project = heldAtTheFinalReview();
    setEverywhere(project, ServiceDeliveryProcess.Variables.MAX_REVIEW_ROUNDS, 0);
    spoilTheOutputOfTheFirstTask(project);
    driver.advance(project.runId());
    assertThat(gate(project)).isEqualTo(DECIDE_ON_DELIVERABLE);
    assertThat(view(project).reviewFindings()).contains("TODO");
    return project;
  }

  /** The final version of the first task's output gets a placeholder, as a careless producer might leave. */
  WorkTask spoilTheOutputOfTheFirstTask(Project project) {
    WorkTask first = tasksOf(project).get(0);
    int spoilt = jdbc.sql("update bb_deliverable_version set content = content || ? where deliverable_id = ? and "
            + "version = (select max(version) from bb_deliverable_version where deliverable_id = ?)")
        .params("\n\nTODO: confirm the part numbers with the dealers\n", first.deliverableId(), first.deliverableId())
        .update();
    assertThat(spoilt).isOne();
    return first;
  }

  String gate(Project project) {
    return driver.gate(project.runId()).key();
  }

  void change(Project project, String text) {
    messages.receive(view(project), new ProjectMessage(ProjectMessage.CHANGE, null, text, null));
    driver.advance(project.runId());
  }

  void moveDueDate(Project project, int milestone, LocalDate dueDate) {
    projects.moveDueDate(milestones(project).get(milestone - 1).id(), dueDate);
  }

  long spent(Project project) {
    return jdbc.sql("select count(*) from bb_agent_call where pipeline_key = ?").param(project.id())
        .query(Long.class).single();
  }

  void limitAgentCalls(Project project, long calls) {
    setEverywhere(project, PipelineBudget.MAX_CALLS_VARIABLE, calls);
  }

  void raiseAgentCalls(Project project) {
    setEverywhere(project, PipelineBudget.MAX_CALLS_VARIABLE, 1000);
  }

  /** Sets the variable in the project's run and every run it called that is still running. */
  void setEverywhere(Project project, String name, Object value) {
    driver.tree(project.runId()).forEach(id -> engine.getRuntimeService().setVariable(id, name, value));
  }

  String lastPrompt(Project project, String task) {
    return jdbc.sql("select prompt from bb_agent_call where pipeline_key = ? and task = ? order by created_at desc")
        .params(project.id(), task).query(String.class).list().get(0);
  }

  Project view(Project project) {
    return projects.require(project.id());
  }

  List<WorkTask> tasksOf(Project project) {
    return tasks.tasks(project.id());
  }

  List<Milestone> milestones(Project project) {
    return projects.milestones(project.id());
  }

  void accept(Project project, int milestone) {
    messages.receive(view(project), new ProjectMessage(ProjectMessage.MILESTONE_ACCEPTED, milestone, null, null));
    driver.advance(project.runId());
  }

  void feedback(Project project, int rating, String text) {
    messages.receive(view(project), new ProjectMessage(ProjectMessage.FEEDBACK, null, text, rating));
    driver.advance(project.runId());
  }

  List<String> mails(Project project) {
    return jdbc.sql("select subject from bb_mail where deal_id = ? order by created_at").param(project.id())
        .query(String.class).list();
  }

  List<String> attachments(String idempotencyKey) {
    return jdbc.sql("select a.file_name from bb_mail_attachment a join bb_mail m on a.mail_id = m.id "
        + "where m.idempotency_key = ?").param(idempotencyKey).query(String.class).list();
  }

  List<String> invoices(Project project) {
    return jdbc.sql("select number from bb_ledger_invoice where deal_id = ?").param(project.id())
        .query(String.class).list();
  }

  BigDecimal invoiceTotal(Project project) {
    return jdbc.sql("select coalesce(sum(l.amount), 0) from bb_ledger_invoice_line l join bb_ledger_invoice i "
        + "on l.provider = i.provider and l.invoice_id = i.id where i.deal_id = ?").param(project.id())
        .query(BigDecimal.class).single();
  }
}
