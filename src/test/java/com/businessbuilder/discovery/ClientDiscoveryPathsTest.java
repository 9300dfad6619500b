package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Elements.*;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.businessbuilder.agent.AgentBudgetProcess;
import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.testing.ModelCoverage;
import com.businessbuilder.testing.ProcessDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path through {@code client-discovery} (and the agent-budget decision it calls), run by the real engine with
 * the real handlers and decisions on H2. The pipeline's run on PostgreSQL is {@link LeadPipelineEndToEndTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ClientDiscoveryPathsTest {

  @Autowired ProcessEngine engine;
  @Autowired LeadSubmission submission;
  @Autowired LeadRepository leads;
  @Autowired ProcessRuns runs;
  @Autowired ProcessDriver driver;
  @Autowired ModelCoverage coverage;

  @BeforeEach
  void useEngine() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void hotLeadApprovedByTheCeoIsHandedToSalesWhichOpensItsDealOnce() {
    ProcessInstance run = submit(SampleLeads.hot());

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD)
        .hasPassedInOrder(RESEARCH_MARKET, TAKE_IN_LEAD, QUALIFY_LEAD, ENRICH_LEAD, SCORE_LEAD, RECORD_SCORE);
    assertThat(run).variables().containsEntry(TIER, "HOT").containsEntry(DIGITAL_FOOTPRINT, "strong")
        .as("the lead's facts stay in bb_lead").doesNotContainKeys(COMPANY, CONTACT_EMAIL, WEBSITE, MARKET_SEGMENT);
    Lead scored = leads.require(run.getBusinessKey());
    assertThat(scored.marketSegment()).isEqualTo("B2B software and SaaS");
    assertThat(scored.status()).isEqualTo(LeadStatus.AWAITING_CEO_APPROVAL);
    assertThat(scored.currentStep()).isEqualTo("Approve pursuing lead");
    assertThat(scored.factors()).isNotEmpty();
    assertThat(scored.factors().stream().mapToLong(ScoreFactor::points).sum()).isEqualTo(scored.score().longValue());
    Task gate = engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).initializeFormKeys()
        .singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(gate.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ceo"));
    assertThat(gate.getCamundaFormRef().getKey()).isEqualTo("lead-review");
    assertThat(gate.getName()).as("the CEO tells gates apart in Tasklist's list")
        .isEqualTo("Approve pursuing lead: Acme Software GmbH (HOT, " + scored.score() + ")");
    assertThat(engine.getTaskService().getVariablesLocal(gate.getId()))
        .as("the form shows the lead and the factors behind the score, for this gate only")
        .containsEntry(COMPANY, "Acme Software GmbH").containsEntry(MARKET_SEGMENT, "B2B software and SaaS")
        .hasEntrySatisfying(SCORE_FACTORS, factors -> assertThat((String) factors).contains("+").contains("\n"));

    driver.decide(run.getId(), Map.of("decision", "approve", "comment", "Go"));

    assertThat(run).isEnded().hasPassed(HAND_LEAD_TO_SALES, END_LEAD_HANDED_TO_SALES);
    Lead handed = leads.require(run.getBusinessKey());
    assertThat(handed.status()).isEqualTo(LeadStatus.HANDED_TO_SALES);
    assertThat(handed.dealId()).isNotNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("deal-closing")
        .processInstanceBusinessKey(handed.dealId()).count()).as("the handoff opened the lead's deal").isOne();
  }

  @Test
  void hotLeadRejectedByTheCeoEndsWithTheCeosReason() {
    ProcessInstance run = submit(SampleLeads.hot());

    driver.decide(run.getId(), Map.of("decision", "reject", "comment", "Conflict of interest"));

    assertThat(run).isEnded().hasPassed(END_LEAD_REJECTED).hasNotPassed(HAND_LEAD_TO_SALES);
    Lead lead = leads.require(run.getBusinessKey());
    assertThat(lead.status()).isEqualTo(LeadStatus.REJECTED);
    assertThat(lead.reason()).isEqualTo("Rejected by the CEO: Conflict of interest");
    assertThat(lead.dealId()).isNull();
  }

  @Test
  void ceoAskingForChangesSendsTheLeadBackToEnrichmentAndScoring() {
    ProcessInstance run = submit(SampleLeads.hot());

    driver.decide(run.getId(), Map.of("decision", "changes", "comment", "Check their budget"));

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(run).variables().as("the reopened gate starts without the earlier decision")
        .doesNotContainKeys("decision", "comment");
    assertThat(driver.timesPassed(run.getId(), SCORE_LEAD)).isEqualTo(2);
    assertThat(driver.timesPassed(run.getId(), ENRICH_LEAD)).isEqualTo(2);
  }

  @Test
  void ceoGateRefusesAnUnknownDecisionAndARejectionWithoutComment(CapturedOutput log) {
    ProcessInstance run = submit(SampleLeads.hot());
    String gate = driver.gate(run.getId()).id();

    assertThatThrownBy(() -> runs.completeGate(gate, Map.of("decision", "maybe")))
        .isInstanceOf(GateRefused.class)
        .hasMessage("Decision: required; choose one of approve, changes, reject (got 'maybe')")
        .satisfies(refused -> assertThat(((GateRefused) refused).field()).isEqualTo("decision"));
    assertThatThrownBy(() -> runs.completeGate(gate, Map.of("decision", "reject", "comment", " ")))
        .as("the message names the form's field and what to do, as Tasklist shows it")
        .isInstanceOf(GateRefused.class).hasMessage("Comment: required when you reject; say why");
    assertThat(log.getAll()).as("a refused decision is the person's mistake, no engine error")
        .doesNotContain("ENGINE-16004").doesNotContain("ENGINE-03051");
    assertThatThrownBy(() -> runs.completeGate("no-such-gate", Map.of("decision", "approve")))
        .isInstanceOf(ProcessRuns.NoSuchGate.class);

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
  }

  @Test
  void coldLeadIsArchived() {
    ProcessInstance run = submit(SampleLeads.cold());

    assertThat(run).isEnded().hasPassed(SCORE_LEAD, END_LEAD_ARCHIVED).hasNotPassed(APPROVE_PURSUING_LEAD);
    Lead lead = leads.require(run.getBusinessKey());
    assertThat(lead.status()).isEqualTo(LeadStatus.ARCHIVED);
    assertThat(lead.tier()).isEqualTo("COLD");
    assertThat(lead.reason()).isEqualTo("Scored COLD: not worth pursuing now");
    assertThat(lead.factors()).isNotEmpty();
    assertThat(lead.currentStep()).isNull();
  }

  @Test
  void warmLeadIsNurturedThenRescoredWithItsNewNotesAndCanTurnHot() {
    ProcessInstance run = submit(SampleLeads.warm());

    assertThat(run).isWaitingAt(WAIT_BEFORE_RESCORING).hasPassed(NURTURE_LEAD);
    assertThat(run).variables().containsEntry(TIER, "WARM").containsEntry(NURTURE_ROUND, 1);
    assertThat(leads.require(run.getBusinessKey()).status()).isEqualTo(LeadStatus.NURTURING);
    Job timer = driver.timer(run.getId());
    assertThat(timer.getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(1, ChronoUnit.HOURS));

    // while nurtured, the lead showed buying intent: recorded on the lead, where the next scoring reads it
    leads.updateNotes(run.getBusinessKey(), "Budget approved, we need a partner this quarter");
    driver.fireTimer(run.getId());

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(run).variables().containsEntry(TIER, "HOT")
        .containsEntry(NOTES, "Budget approved, we need a partner this quarter");
    assertThat(leads.require(run.getBusinessKey()).tier()).isEqualTo("HOT");
  }

  @Test
  void leadThatStaysWarmIsArchivedAfterTheLastNurtureRound() {
    ProcessInstance run = submit(SampleLeads.warm());
    int maxRounds = (Integer) engine.getRuntimeService().getVariable(run.getId(), MAX_NURTURE_ROUNDS);

    for (int round = 1; round <= maxRounds; round++) {
      assertThat(run).isWaitingAt(WAIT_BEFORE_RESCORING);
      driver.fireTimer(run.getId());
    }

    assertThat(run).isEnded().hasPassed(END_LEAD_ARCHIVED_AFTER_NURTURE);
    assertThat(driver.timesPassed(run.getId(), SCORE_LEAD)).isEqualTo(maxRounds + 1L);
    Lead lead = leads.require(run.getBusinessKey());
    assertThat(lead.status()).isEqualTo(LeadStatus.ARCHIVED);
    assertThat(lead.reason()).contains("after " + maxRounds + " nurture rounds");
  }

  @Test
  void leadFromAnExcludedIndustryIsDisqualifiedWithItsReason() {
    ProcessInstance run = submit(SampleLeads.withIndustry(SampleLeads.hot(), "Gambling"));

    assertThat(run).isEnded().hasPassed(END_LEAD_DISQUALIFIED).hasNotPassed(ENRICH_LEAD, SCORE_LEAD);
    Lead lead = leads.require(run.getBusinessKey());
    assertThat(lead.status()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(lead.reason()).isEqualTo("Excluded industry: we do not serve gambling");
  }

  @Test
  void leadWithADisposableAddressIsDisqualified() {
    ProcessInstance run = submit(SampleLeads.withEmail(SampleLeads.hot(), "someone@mailinator.com"));

    assertThat(run).isEnded().hasPassed(END_LEAD_DISQUALIFIED);
    assertThat(leads.require(run.getBusinessKey()).reason()).contains("Disposable e-mail address");
  }

  @Test
  void leadThatAskedNotToBeContactedIsDisqualified() {
    ProcessInstance run = submit(SampleLeads.withNotes(SampleLeads.hot(), "Please do not contact us again"));

    assertThat(run).isEnded().hasPassed(END_LEAD_DISQUALIFIED);
    assertThat(leads.require(run.getBusinessKey()).reason()).isEqualTo("The contact asked not to be contacted");
  }

  @Test
  void exhaustedAgentBudgetGoesToTheCeoWhoRaisesItAndDiscoveryResumesAtTheRefusedStep() {
    ProcessInstance run = start(SampleLeads.hot());
    engine.getRuntimeService().setVariable(run.getId(), PipelineBudget.MAX_CALLS_VARIABLE, 1);
    driver.advance(run.getId());

    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET).hasPassed(RESEARCH_MARKET, QUALIFY_LEAD_BUDGET_EXCEEDED);
    assertThat(driver.waitingAt(run.getId())).containsExactly(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    assertThat(driver.gate(run.getId()).key()).isEqualTo(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    assertThat(run).variables().containsEntry(PipelineBudget.EXCEEDED_AT_VARIABLE, QUALIFY_LEAD);
    Lead waiting = leads.require(run.getBusinessKey());
    assertThat(waiting.status()).isEqualTo(LeadStatus.AWAITING_CEO_BUDGET_DECISION);
    assertThat(waiting.reason()).contains("has made 1 of its 1 agent calls");

    driver.decide(run.getId(), Map.of("decision", "approve", PipelineBudget.MAX_CALLS_VARIABLE, 10));

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(run).variables().as("the raised limit came back from the decision")
        .containsEntry(PipelineBudget.MAX_CALLS_VARIABLE, 10);
    assertThat(driver.timesPassed(run.getId(), RESEARCH_MARKET)).as("research is not done again").isEqualTo(1);
    assertThat(driver.passed(run.getId())).contains(AgentBudgetProcess.END_BUDGET_RAISED);
  }

  @Test
  void ceoStoppingAPipelineWhoseBudgetRanOutEndsItWithTheReason() {
    ProcessInstance run = start(SampleLeads.hot());
    engine.getRuntimeService().setVariable(run.getId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    driver.advance(run.getId());
    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET).hasPassed(RESEARCH_MARKET_BUDGET_EXCEEDED);

    driver.decide(run.getId(), Map.of("decision", "reject", "comment", "Not worth more spend"));

    assertThat(run).isEnded().hasPassed(END_DISCOVERY_STOPPED_BUDGET);
    assertThat(driver.passed(run.getId())).contains(AgentBudgetProcess.END_BUDGET_NOT_RAISED);
    Lead lead = leads.require(run.getBusinessKey());
    assertThat(lead.status()).isEqualTo(LeadStatus.STOPPED);
    assertThat(lead.reason()).contains("has made 0 of its 0 agent calls").contains("Not worth more spend");
  }

  @Test
  void theEnrichmentBudgetIsRaisedAndDiscoveryResumesAtTheEnrichment() {
    ProcessInstance run = start(SampleLeads.hot());
    engine.getRuntimeService().setVariable(run.getId(), PipelineBudget.MAX_CALLS_VARIABLE, 2);
    driver.advance(run.getId());
    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET).hasPassed(ENRICH_LEAD_BUDGET_EXCEEDED);

    driver.decide(run.getId(), Map.of("decision", "approve", PipelineBudget.MAX_CALLS_VARIABLE, 10));

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(driver.timesPassed(run.getId(), QUALIFY_LEAD)).isEqualTo(1);
  }

  @Test
  void researchRefusedForTheBudgetIsDoneOnceTheCeoRaisedIt() {
    ProcessInstance run = start(SampleLeads.hot());
    engine.getRuntimeService().setVariable(run.getId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    driver.advance(run.getId());
    assertThat(run).isWaitingAt(DECIDE_ON_AGENT_BUDGET).hasPassed(RESEARCH_MARKET_BUDGET_EXCEEDED);

    driver.decide(run.getId(), Map.of("decision", "approve", PipelineBudget.MAX_CALLS_VARIABLE, 10));

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(leads.require(run.getBusinessKey()).marketSegment()).isEqualTo("B2B software and SaaS");
  }

  @AfterAll
  void everyFlowNodeOfTheModelsWasPassed() {
    coverage.assertEveryFlowNodePassed(ClientDiscoveryProcess.PROCESS_ID);
    coverage.assertEveryFlowNodePassed(AgentBudgetProcess.PROCESS_ID);
  }

  private ProcessInstance start(LeadRequest lead) {
    String runId = submission.submit(lead, "test", null).lead().runId();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(runId).singleResult();
  }

  private ProcessInstance submit(LeadRequest lead) {
    // taken before the run moves on, so the assertions still have it when the run has ended
    ProcessInstance run = start(lead);
    driver.advance(run.getId());
    return run;
  }
}
