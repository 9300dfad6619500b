package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Elements.*;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import com.businessbuilder.agent.PipelineBudget;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.businessbuilder.testing.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through {@code client-discovery}, run by the real engine with the real handlers and decisions.
 * Subclasses choose the database (H2, PostgreSQL).
 */
abstract class ClientDiscoveryPaths {

  @Autowired ProcessEngine engine;
  @Autowired LeadSubmission submission;
  @Autowired LeadRepository leads;
  @Autowired LeadProgress progress;
  @Autowired ProcessDriver discovery;

  @BeforeEach
  void useEngine() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void hotLeadApprovedByTheCeoIsHandedToSales() {
    ProcessInstance run = submit(SampleLeads.hot());

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD)
        .hasPassedInOrder(RESEARCH_MARKET, TAKE_IN_LEAD, QUALIFY_LEAD, ENRICH_LEAD, SCORE_LEAD);
    assertThat(run).variables().containsEntry(TIER, "HOT").containsEntry(DIGITAL_FOOTPRINT, "strong")
        .containsEntry(MARKET_SEGMENT, "B2B software and SaaS");
    assertThat(task()).hasCandidateGroup("ceo");
    Task gate = engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).initializeFormKeys()
        .singleResult();
    assertThat(gate.getCamundaFormRef().getKey()).isEqualTo("lead-review");
    assertThat((String) engine.getRuntimeService().getVariable(run.getId(), SCORE_FACTORS))
        .as("the factors behind the score are on the CEO's form").contains("+").contains("\n");

    BpmnAwareTests.complete(task(), withVariables("decision", "approve", "comment", "Go"));

    assertThat(run).isEnded().hasPassed(END_LEAD_HANDED_TO_SALES);
    assertThat(viewOf(run).status()).isEqualTo(LeadStatus.HANDED_TO_SALES);
  }

  @Test
  void hotLeadRejectedByTheCeoEndsWithTheCeosReason() {
    ProcessInstance run = submit(SampleLeads.hot());

    BpmnAwareTests.complete(task(run), withVariables("decision", "reject", "comment", "Conflict of interest"));

    assertThat(run).isEnded().hasPassed(END_LEAD_REJECTED);
    LeadView view = viewOf(run);
    assertThat(view.status()).isEqualTo(LeadStatus.REJECTED);
    assertThat(view.reason()).contains("Conflict of interest");
  }

  @Test
  void ceoAskingForChangesSendsTheLeadBackToEnrichmentAndScoring() {
    ProcessInstance run = submit(SampleLeads.hot());

    BpmnAwareTests.complete(task(run), withVariables("decision", "changes", "comment", "Check their budget"));
    discovery.advance(run);

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(run).variables().as("the reopened gate starts without the earlier decision")
        .doesNotContainKeys("decision", "comment");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(SCORE_LEAD).count()).isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(ENRICH_LEAD).count()).isEqualTo(2);
  }

  @Test
  void ceoGateRefusesAnUnknownDecisionAndARejectionWithoutComment() {
    ProcessInstance run = submit(SampleLeads.hot());
    String gate = task(run).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(gate, Map.of("decision", "maybe")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("approve, changes, reject");
    assertThatThrownBy(() -> engine.getTaskService().complete(gate, Map.of("decision", "reject", "comment", " ")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("comment");

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
  }

  @Test
  void coldLeadIsArchived() {
    ProcessInstance run = submit(SampleLeads.cold());

    assertThat(run).isEnded().hasPassed(SCORE_LEAD, END_LEAD_ARCHIVED).hasNotPassed(APPROVE_PURSUING_LEAD);
    LeadView view = viewOf(run);
    assertThat(view.status()).isEqualTo(LeadStatus.ARCHIVED);
    assertThat(view.tier()).isEqualTo("COLD");
    assertThat(view.factors()).isNotEmpty();
  }

  @Test
  void warmLeadIsNurturedThenRescoredAndCanTurnHot() {
    ProcessInstance run = submit(SampleLeads.warm());

    assertThat(run).isWaitingAt(WAIT_BEFORE_RESCORING).hasPassed(NURTURE_LEAD);
    assertThat(run).variables().containsEntry(TIER, "WARM").containsEntry(NURTURE_ROUND, 1);
    assertThat(viewOf(run).status()).isEqualTo(LeadStatus.NURTURING);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.getId()).timers()
        .singleResult();
    assertThat(timer.getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(1, ChronoUnit.HOURS));

    // while nurtured, the lead showed buying intent
    engine.getRuntimeService().setVariable(run.getId(), NOTES, "Budget approved, we need a partner this quarter");
    engine.getManagementService().executeJob(timer.getId());
    discovery.advance(run);

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(run).variables().containsEntry(TIER, "HOT");
  }

  @Test
  void leadThatStaysWarmIsArchivedAfterTheLastNurtureRound() {
    ProcessInstance run = submit(SampleLeads.warm());
    int maxRounds = (Integer) engine.getRuntimeService().getVariable(run.getId(), MAX_NURTURE_ROUNDS);

    for (int round = 1; round <= maxRounds; round++) {
      assertThat(run).isWaitingAt(WAIT_BEFORE_RESCORING);
      engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
          .processInstanceId(run.getId()).timers().singleResult().getId());
      discovery.advance(run);
    }

    assertThat(run).isEnded().hasPassed(END_LEAD_ARCHIVED_AFTER_NURTURE);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(SCORE_LEAD).count()).isEqualTo(maxRounds + 1L);
    LeadView view = viewOf(run);
    assertThat(view.status()).isEqualTo(LeadStatus.ARCHIVED);
    assertThat(view.reason()).contains("after " + maxRounds + " nurture rounds");
  }

  @Test
  void leadFromAnExcludedIndustryIsDisqualifiedWithItsReason() {
    ProcessInstance run = submit(SampleLeads.withIndustry(SampleLeads.hot(), "Gambling"));

    assertThat(run).isEnded().hasPassed(END_LEAD_DISQUALIFIED).hasNotPassed(ENRICH_LEAD, SCORE_LEAD);
    LeadView view = viewOf(run);
    assertThat(view.status()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(view.reason()).isEqualTo("Excluded industry: we do not serve gambling");
  }

  @Test
  void leadWithADisposableAddressIsDisqualified() {
    ProcessInstance run = submit(SampleLeads.withEmail(SampleLeads.hot(), "someone@mailinator.com"));

    assertThat(run).isEnded().hasPassed(END_LEAD_DISQUALIFIED);
    assertThat(viewOf(run).reason()).contains("Disposable e-mail address");
  }

  @Test
  void leadThatAskedNotToBeContactedIsDisqualified() {
    ProcessInstance run = submit(SampleLeads.withNotes(SampleLeads.hot(), "Please do not contact us again"));

    assertThat(run).isEnded().hasPassed(END_LEAD_DISQUALIFIED);
    assertThat(viewOf(run).reason()).isEqualTo("The contact asked not to be contacted");
  }

  @Test
  void exhaustedAgentBudgetGoesToTheCeoWhoRaisesItAndDiscoveryResumesAtTheRefusedStep() {
    ProcessInstance run = start(SampleLeads.hot());
    engine.getRuntimeService().setVariable(run.getId(), PipelineBudget.MAX_CALLS_VARIABLE, 1);
    discovery.advance(run);

    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET).hasPassed(RESEARCH_MARKET, QUALIFY_LEAD_BUDGET_EXCEEDED);
    assertThat(task()).hasCandidateGroup("ceo");
    assertThat(run).variables().containsEntry(PipelineBudget.EXCEEDED_AT_VARIABLE, QUALIFY_LEAD);
    LeadView waiting = viewOf(run);
    assertThat(waiting.status()).isEqualTo(LeadStatus.AWAITING_CEO_BUDGET_DECISION);
    assertThat(waiting.reason()).contains("has made 1 of its 1 agent calls");

    BpmnAwareTests.complete(task(), withVariables("decision", "approve", PipelineBudget.MAX_CALLS_VARIABLE, 10));
    discovery.advance(run);

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(run.getId())
        .activityId(RESEARCH_MARKET).count()).as("research is not done again").isEqualTo(1);
  }

  @Test
  void ceoStoppingAPipelineWhoseBudgetRanOutEndsItWithTheReason() {
    ProcessInstance run = start(SampleLeads.hot());
    engine.getRuntimeService().setVariable(run.getId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    discovery.advance(run);
    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET).hasPassed(RESEARCH_MARKET_BUDGET_EXCEEDED);

    BpmnAwareTests.complete(task(), withVariables("decision", "reject", "comment", "Not worth more spend"));

    assertThat(run).isEnded().hasPassed(END_DISCOVERY_STOPPED_BUDGET);
    LeadView view = viewOf(run);
    assertThat(view.status()).isEqualTo(LeadStatus.STOPPED);
    assertThat(view.reason()).contains("has made 0 of its 0 agent calls").contains("Not worth more spend");
  }

  private ProcessInstance start(LeadRequest lead) {
    String runId = submission.submit(lead, null).lead().processInstanceId();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(runId).singleResult();
  }

  private ProcessInstance submit(LeadRequest lead) {
    String runId = submission.submit(lead, null).lead().processInstanceId();
    // taken before the run moves on, so the assertions still have it when the run has ended
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(runId)
        .singleResult();
    discovery.advance(run);
    return run;
  }

  private LeadView viewOf(ProcessInstance run) {
    return progress.of(leads.find(run.getBusinessKey()).orElseThrow());
  }
}
