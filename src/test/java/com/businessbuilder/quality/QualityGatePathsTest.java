package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Elements.*;
import static com.businessbuilder.quality.QualityGateProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.businessbuilder.agent.AgentBudgetProcess;
import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.testing.ModelCoverage;
import com.businessbuilder.testing.ProcessDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import com.businessbuilder.quality.QualityGateProcess.Topics;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code quality-gate}, run by the real engine with the real handlers, checks, decision and
 * offline writers on H2 (on PostgreSQL the gate runs inside the deal's end-to-end test). After the paths, every flow
 * node of the model must have been passed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityGatePathsTest {

  @Autowired ProcessEngine engine;
  @Autowired GateDriver gate;
  @Autowired ProcessRuns runs;
  @Autowired Deliverables deliverables;
  @Autowired ProcessDriver driver;
  @Autowired ModelCoverage coverage;

  @BeforeEach
  void useEngine() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void proposalPassesQaWithItsFirstDraft() {
    Deliverable proposal = gate.deliverable(DeliverableSpecs.PROPOSAL, "proposal-writer", Map.of("clientName", "Acme Robotics",
        "contactName", "Dana Reyes", "price", 12500, "startDate", "2026-03-02", "deliveryDate", "2026-04-30",
        "scope", "A customer portal where Acme's dealers order spare parts and track deliveries."));

    ProcessInstance run = gate.start(proposal, Map.of());

    assertThat(run).isEnded().hasPassedInOrder(LOOK_UP_QUALITY_POLICY, DRAFT_DELIVERABLE, REVIEW_DELIVERABLE,
        END_QA_PASSED, SETTLE_DELIVERABLE, END_DELIVERABLE_SETTLED)
        .hasNotPassed(REVISE_DELIVERABLE, DECIDE_ON_DELIVERABLE);
    assertThat(outcomeOf(run)).isEqualTo("PASSED");
    List<DeliverableVersion> versions = deliverables.versions(proposal.id());
    assertThat(versions).hasSize(1);
    QaReport report = versions.get(0).qaReport();
    assertThat(report.passed()).isTrue();
    assertThat(report.score()).isEqualTo(100);
    assertThat(report.threshold()).as("the proposal rule of quality-policy").isEqualTo(85);
    assertThat(report.checks()).extracting(QaCheck::name).contains("Section Scope", "Section Price",
        "Section Timeline", QaChecks.LENGTH, QaChecks.NO_PLACEHOLDERS, QaChecks.CLIENT_NAME, QaChecks.PRICE,
        "Date stated: deliveryDate", "Date stated: startDate");
    assertThat(versions.get(0).content()).contains("Acme Robotics", "EUR 12,500", "2 March 2026");
    Deliverable settled = deliverables.find(proposal.id()).orElseThrow();
    assertThat(settled.status()).isEqualTo(DeliverableStatus.PASSED);
    assertThat(settled.finalVersion()).isEqualTo(1);
    assertThat(settled.processInstanceId()).isEqualTo(run.getId());
  }

  @Test
  void flawedDraftIsRevisedWithQaFeedbackAndPasses() {
    Deliverable note = needsWork(1);

    ProcessInstance run = gate.start(note, Map.of());

    assertThat(run).isEnded().hasPassedInOrder(DRAFT_DELIVERABLE, REVIEW_DELIVERABLE, REVISE_DELIVERABLE,
        REVIEW_DELIVERABLE, SETTLE_DELIVERABLE);
    assertThat(outcomeOf(run)).isEqualTo("PASSED");
    List<DeliverableVersion> versions = deliverables.versions(note.id());
    assertThat(versions).hasSize(2);
    QaReport failed = versions.get(0).qaReport();
    assertThat(failed.passed()).isFalse();
    assertThat(failed.checks()).filteredOn(check -> !check.passed()).extracting(QaCheck::name)
        .containsExactly(QaChecks.NO_PLACEHOLDERS);
    assertThat(failed.feedback()).contains("TODO");
    assertThat(versions.get(1).instructions()).as("the revision was written to QA's feedback")
        .contains(failed.feedback());
    assertThat(versions.get(1).qaReport().passed()).isTrue();
    assertThat(deliverables.find(note.id()).orElseThrow().finalVersion()).isEqualTo(2);
  }

  @Test
  void whenAttemptsAreUsedUpTheCeoSeesTheLatestVersionAndItsReportAndAcceptsIt() {
    Deliverable note = needsWork(99);

    ProcessInstance run = gate.start(note, Map.of());

    int maxAttempts = (Integer) variable(run, MAX_ATTEMPTS);
    assertThat(run).isWaitingAt(DECIDE_ON_DELIVERABLE).hasPassed(END_ATTEMPTS_USED_UP);
    assertThat(deliverables.versions(note.id())).hasSize(maxAttempts)
        .allSatisfy(version -> assertThat(version.qaReport().passed()).isFalse());
    assertThat(task()).hasCandidateGroup("ceo");
    Task decision = gateTask(run);
    assertThat(decision.getCamundaFormRef().getKey()).isEqualTo("quality-escalation");
    Map<String, Object> form = engine.getTaskService().getVariablesLocal(decision.getId());
    assertThat((String) form.get(QA_REPORT)).contains("FAIL  " + QaChecks.NO_PLACEHOLDERS, "PASS  "
        + QaChecks.PRICE, "Score ", "Feedback:");
    assertThat((String) form.get(DELIVERABLE_CONTENT)).startsWith("Version " + maxAttempts)
        .contains(NeedsWorkWriter.OPEN_POINT);

    BpmnAwareTests.complete(task(run), withVariables("decision", "approve"));
    gate.advance(run);

    assertThat(run).isEnded().hasPassed(SETTLE_DELIVERABLE);
    assertThat(outcomeOf(run)).isEqualTo("ACCEPTED");
    Deliverable accepted = deliverables.find(note.id()).orElseThrow();
    assertThat(accepted.status()).isEqualTo(DeliverableStatus.ACCEPTED);
    assertThat(accepted.finalVersion()).isEqualTo(maxAttempts);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(run.getId())
        .variableName(DELIVERABLE_CONTENT).count())
        .as("the document copy on the form went away with the task").isZero();
  }

  @Test
  void ceoGuidanceBuysOneMoreRevisionThatPasses() {
    Deliverable note = needsWork(99);
    ProcessInstance run = gate.start(note, Map.of());
    int maxAttempts = (Integer) variable(run, MAX_ATTEMPTS);

    BpmnAwareTests.complete(task(run), withVariables("decision", "changes",
        "comment", "Confirm the timeline we agreed on the phone"));
    gate.advance(run);

    assertThat(run).isEnded().hasPassed(SETTLE_DELIVERABLE);
    assertThat(outcomeOf(run)).isEqualTo("PASSED");
    List<DeliverableVersion> versions = deliverables.versions(note.id());
    assertThat(versions).hasSize(maxAttempts + 1);
    DeliverableVersion last = versions.get(maxAttempts);
    assertThat(last.instructions()).contains("CEO guidance", "Confirm the timeline we agreed on the phone");
    assertThat(last.qaReport().passed()).isTrue();
    assertThat(historyCount(run, DRAFT_DELIVERABLE)).as("production continued, it did not start over")
        .isEqualTo(1);
  }

  @Test
  void ceoRejectsTheDeliverable() {
    Deliverable note = needsWork(99);
    ProcessInstance run = gate.start(note, Map.of());

    BpmnAwareTests.complete(task(run), withVariables("decision", "reject", "comment", "Not worth another round"));
    gate.advance(run);

    assertThat(run).isEnded().hasPassed(SETTLE_DELIVERABLE);
    assertThat(outcomeOf(run)).isEqualTo("REJECTED");
    Deliverable rejected = deliverables.find(note.id()).orElseThrow();
    assertThat(rejected.status()).isEqualTo(DeliverableStatus.REJECTED);
    assertThat(rejected.finalVersion()).isNull();
  }

  @Test
  void ceoGateRefusesARetryWithoutGuidance() {
    ProcessInstance run = gate.start(needsWork(99), Map.of());
    String decision = gateTask(run).getId();

    assertThatThrownBy(() -> runs.completeGate(decision, Map.of("decision", "changes")))
        .isInstanceOf(GateRefused.class).hasMessage("Comment: required when you request changes; say what to change");

    assertThat(run).isWaitingAt(DECIDE_ON_DELIVERABLE);
  }

  @Test
  void refusedRevisionContinuesWithTheRevisionOnceTheCeoRaisesTheCalls() {
    Deliverable note = needsWork(1);

    ProcessInstance run = gate.start(note, Map.of(PipelineBudget.MAX_CALLS_VARIABLE, 1));

    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET).hasPassed(DRAFT_DELIVERABLE, REVIEW_DELIVERABLE);
    Task budget = engine.getTaskService().createTaskQuery().taskId(driver.gate(run.getId()).id()).initializeFormKeys()
        .singleResult();
    assertThat(budget.getTaskDefinitionKey()).isEqualTo(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    assertThat(budget.getCamundaFormRef().getKey()).isEqualTo("agent-budget");
    assertThat(engine.getTaskService().getIdentityLinksForTask(budget.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ceo"));
    assertThat(engine.getRuntimeService().getVariables(budget.getExecutionId()))
        .as("the decision's form sees why").containsKey(PipelineBudget.PROBLEM_VARIABLE);
    assertThat((String) variable(run, PipelineBudget.PROBLEM_VARIABLE)).contains("has made 1 of its 1 agent calls");
    assertThat(variable(run, PipelineBudget.EXCEEDED_AT_VARIABLE)).isEqualTo(REVISE_DELIVERABLE);

    driver.decide(run.getId(), Map.of("decision", "approve", PipelineBudget.MAX_CALLS_VARIABLE, 5));

    assertThat(run).isEnded().hasPassed(SETTLE_DELIVERABLE);
    assertThat(outcomeOf(run)).isEqualTo("PASSED");
    assertThat(historyCount(run, DRAFT_DELIVERABLE)).isEqualTo(1);
    assertThat(historyCount(run, REVIEW_DELIVERABLE)).as("the failed draft was not reviewed again").isEqualTo(2);
    assertThat(deliverables.versions(note.id())).hasSize(2);
  }

  @Test
  void refusedDraftContinuesWithTheDraftOnceTheCeoRaisesTheCalls() {
    Deliverable note = needsWork(0);

    ProcessInstance run = gate.start(note, Map.of(PipelineBudget.MAX_CALLS_VARIABLE, 0));

    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET);
    assertThat(variable(run, PipelineBudget.EXCEEDED_AT_VARIABLE)).isEqualTo(DRAFT_DELIVERABLE);
    assertThat(deliverables.versions(note.id())).isEmpty();

    driver.decide(run.getId(), Map.of("decision", "approve", PipelineBudget.MAX_CALLS_VARIABLE, 1));

    assertThat(run).isEnded().hasPassed(SETTLE_DELIVERABLE);
    assertThat(deliverables.versions(note.id())).hasSize(1);
  }

  @Test
  void refusedReviewContinuesWithTheReview() {
    // offline, a review asks no agent; here the reviewer's refusal is reported as a real-model review would
    Deliverable note = needsWork(0);
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(runs.start(QualityGateProcess.PROCESS_ID, note.pipelineKey(),
            QualityGateProcess.startVariables(note))).singleResult();
    complete(run, Topics.DRAFT, Map.of(ATTEMPT, 1, AWAITING_REVIEW, true));
    LockedExternalTask review = fetch(run, Topics.REVIEW);
    engine.getExternalTaskService().handleBpmnError(review.getId(), "test-worker", PipelineBudget.EXCEEDED,
        "Pipeline has spent its budget", Map.of(PipelineBudget.PROBLEM_VARIABLE, "Pipeline has spent its budget",
            PipelineBudget.EXCEEDED_AT_VARIABLE, REVIEW_DELIVERABLE));
    gate.advance(run);
    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET);

    runs.completeGate(driver.gate(run.getId()).id(), Map.of("decision", "approve", PipelineBudget.BUDGET_VARIABLE, 10.0));

    assertThat(run).isWaitingAt(REVIEW_DELIVERABLE);
    assertThat(historyCount(run, DRAFT_DELIVERABLE)).isEqualTo(1);
  }

  @Test
  void ceoStopsThePipelineAtItsAgentBudget() {
    Deliverable note = needsWork(0);
    ProcessInstance run = gate.start(note, Map.of(PipelineBudget.MAX_CALLS_VARIABLE, 0));

    driver.decide(run.getId(), Map.of("decision", "reject", "comment", "Not worth more spend"));

    assertThat(run).isEnded().hasPassed(SETTLE_DELIVERABLE);
    assertThat(outcomeOf(run)).isEqualTo("STOPPED");
    assertThat(deliverables.find(note.id()).orElseThrow().status()).isEqualTo(DeliverableStatus.STOPPED);
  }

  @Test
  void continuingWithoutHigherLimitsBringsTheDecisionBackInsteadOfOverrunning() {
    Deliverable note = needsWork(1);
    ProcessInstance run = gate.start(note, Map.of(PipelineBudget.MAX_CALLS_VARIABLE, 1));

    driver.decide(run.getId(), Map.of("decision", "approve"));

    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET);
    assertThat(historyCount(run, DECIDE_ON_AGENT_BUDGET)).isEqualTo(2);
    assertThat(deliverables.versions(note.id())).as("no revision was written past the limit").hasSize(1);
  }

  @AfterAll
  void everyFlowNodeOfTheModelWasPassed() {
    coverage.assertEveryFlowNodePassed(QualityGateProcess.PROCESS_ID);
  }

  // ---------------------------------------------------------------- helpers

  private Deliverable needsWork(int flawedVersions) {
    return gate.deliverable(NeedsWorkWriter.TYPE, "market-researcher", Map.of("clientName", "Globex", "price", 4800.5,
        "startDate", "2026-05-04", NeedsWorkWriter.FLAWED_VERSIONS, flawedVersions));
  }

  private Object variable(ProcessInstance run, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName(name).singleResult().getValue();
  }

  private String outcomeOf(ProcessInstance run) {
    return (String) variable(run, QUALITY_OUTCOME);
  }

  private long historyCount(ProcessInstance run, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(activityId).count();
  }

  private Task gateTask(ProcessInstance run) {
    return engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).initializeFormKeys()
        .singleResult();
  }

  private LockedExternalTask fetch(ProcessInstance run, String topic) {
    List<LockedExternalTask> tasks = engine.getExternalTaskService().fetchAndLock(1, "test-worker")
        .topic(topic, 60_000).businessKey(run.getBusinessKey()).execute();
    assertThat(tasks).as(topic).hasSize(1);
    return tasks.get(0);
  }

  private void complete(ProcessInstance run, String topic, Map<String, Object> variables) {
    engine.getExternalTaskService().complete(fetch(run, topic).getId(), "test-worker", variables);
  }
}
