package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.*;
import static com.businessbuilder.deal.DealClosingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.signing.EnvelopeStatus;
import com.businessbuilder.signing.SignatureEvent;
import com.businessbuilder.worker.ExternalTaskWorker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;

/**
 * The paths through {@code deal-closing}, run by the real engine with the real handlers, decisions, quality gate and
 * offline agents; the ports (mail, PDF, e-signature, accounting) are the in-memory {@link DealTestDoubles}.
 * Subclasses choose the database (H2, PostgreSQL).
 */
@Import(DealTestDoubles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DealClosingPaths {

  @Autowired ProcessEngine engine;
  @Autowired ExternalTaskWorker worker;
  @Autowired DealSubmission submission;
  @Autowired DealRepository deals;
  @Autowired DealProgress progress;
  @Autowired DealConversation conversation;
  @Autowired Deliverables deliverables;
  @Autowired Documents documents;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;
  @Autowired DealTestDoubles.RecordingMailer mailer;
  @Autowired DealTestDoubles.FakeSignature signature;
  @Autowired DealTestDoubles.FakeAccounting accounting;

  @BeforeEach
  void useEngine() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void dealWithinPolicyIsWonWithoutTheCeo() {
    Run run = open("low");

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_REPLY).hasPassedInOrder(DRAFT_OUTREACH,
        CHECK_OUTREACH_POLICY, SEND_OUTREACH).hasNotPassed(APPROVE_OUTREACH);
    assertThat(view(run).stage()).isEqualTo(DealStage.AWAITING_REPLY);
    assertThat(mailer.to(run.id())).singleElement().satisfies(mail -> {
      assertThat(mail.idempotencyKey()).isEqualTo("outreach-" + run.id());
      assertThat(mail.body()).contains("Dana Reyes");
    });

    reply(run, "Thanks for reaching out. We need a customer portal where our dealers order spare parts.");

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_ANSWER).hasPassedInOrder(ASSESS_NEEDS, PRICE_PROPOSAL,
        DRAFT_PROPOSAL, CHECK_PROPOSAL_POLICY, SEND_PROPOSAL).hasNotPassed(APPROVE_PROPOSAL);
    assertThat(run.instance()).variables().containsEntry(NEEDS_SIZE, "medium").containsEntry(NEEDS_COMPLEXITY, "medium")
        .containsEntry(DEAL_VALUE, 30000).containsEntry(MARGIN_PERCENT, 38).containsEntry(CEO_APPROVAL_REQUIRED, false);
    String proposal = (String) engine.getRuntimeService().getVariable(run.instance().getId(), PROPOSAL_DELIVERABLE_ID);
    assertThat(deliverables.finalVersion(proposal).orElseThrow().content())
        .as("the price of the pricing decision, never the agent's").contains("EUR 30,000");
    assertThat(mailer.sent.get("proposal-" + run.id() + "-" + proposal).attachments()).singleElement()
        .satisfies(pdf -> assertThat(new String(pdf.content())).startsWith("%PDF proposal").contains("EUR 30,000"));
    assertThat(view(run).stage()).isEqualTo(DealStage.AWAITING_ANSWER);

    answer(run, "accept", null);

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_SIGNATURE).hasPassed(SEND_CONTRACT);
    assertThat(view(run).stage()).isEqualTo(DealStage.CONTRACT);
    assertThat(signature.requests.get("contract-" + run.id()).signerEmail()).isEqualTo("dana@acme.example");

    events.publishEvent(new SignatureEvent("env-contract-" + run.id(), EnvelopeStatus.COMPLETED, null));
    advance(run);

    assertThat(run.instance()).isEnded().hasPassedInOrder(CONTRACT_SIGNED, SET_UP_PAYMENT, END_DEAL_WON);
    assertThat(accounting.invoices.get("invoice-" + run.id()).lines()).singleElement()
        .satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("30000"));
    DealView won = view(run);
    assertThat(won.status()).isEqualTo(Deal.WON);
    assertThat(won.stage()).isEqualTo(DealStage.WON);
    assertThat(won.invoiceNumber()).startsWith("INV-");
    assertThat(deals.require(run.id()).projectBrief()).contains("Acme Robotics", "EUR 30,000", "customer portal");
  }

  @Test
  void clientWhoNeverRepliesIsLostAfterTheFollowUps() {
    Run run = open("low");

    for (int followUp = 1; followUp <= 2; followUp++) {
      timer(run);
      assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_REPLY);
      assertThat(run.instance()).variables().containsEntry(FOLLOW_UPS_SENT, followUp);
    }
    timer(run);

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_NO_RESPONSE);
    assertThat(mailer.to(run.id())).hasSize(3);
    DealView lost = view(run);
    assertThat(lost.status()).isEqualTo(Deal.LOST);
    assertThat(lost.stage()).isEqualTo(DealStage.LOST);
    assertThat(lost.reason()).isEqualTo("No response after the outreach and 2 follow-ups");
  }

  @Test
  void highRiskClientNeedsTheCeoForOutreachAndProposalAndALostProposalKeepsTheCeosReason() {
    Run run = open("high");

    assertThat(run.instance()).isWaitingAt(APPROVE_OUTREACH);
    assertThat(view(run).stage()).isEqualTo(DealStage.OUTREACH);
    Task gate = engine.getTaskService().createTaskQuery().processInstanceId(run.instance().getId())
        .initializeFormKeys().singleResult();
    assertThat(gate.getCamundaFormRef().getKey()).isEqualTo("outreach-approval");
    assertThat(engine.getTaskService().getVariableLocal(gate.getId(), DELIVERABLE_CONTENT).toString())
        .contains("Dana Reyes");
    assertThat(mailer.to(run.id())).as("nothing leaves before the CEO approved").isEmpty();
    decide(run, "approve", "Go ahead");
    reply(run, "We need a customer portal for our dealers.");

    assertThat(run.instance()).isWaitingAt(APPROVE_PROPOSAL);
    assertThat(BpmnAwareTests.task(run.instance())).hasCandidateGroup("ceo");
    assertThat(run.instance()).variables().containsEntry(APPROVAL_REASON, "High-risk client");
    assertThat(view(run).stage()).isEqualTo(DealStage.PROPOSAL);
    decide(run, "reject", "Their payment history is too poor");

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_PROPOSAL_REJECTED);
    assertThat(view(run).reason()).isEqualTo("The CEO rejected the proposal: Their payment history is too poor");
    assertThat(mailer.to(run.id())).as("outreach only").hasSize(1);
  }

  @Test
  void ceoRequestingChangesSendsTheProposalBackForRevision() {
    Run run = open("high");
    decide(run, "approve", "Go ahead");
    reply(run, "We need a customer portal for our dealers.");
    String first = (String) engine.getRuntimeService().getVariable(run.instance().getId(), PROPOSAL_DELIVERABLE_ID);

    decide(run, "changes", "Mention our spare-parts experience");

    assertThat(run.instance()).isWaitingAt(APPROVE_PROPOSAL);
    String second = (String) engine.getRuntimeService().getVariable(run.instance().getId(), PROPOSAL_DELIVERABLE_ID);
    assertThat(second).isNotEqualTo(first);
    assertThat(deliverables.find(second).orElseThrow().brief().text("ceoGuidance"))
        .isEqualTo("Mention our spare-parts experience");
    assertThat(run.instance()).variables().as("the reopened gate starts without the earlier decision")
        .doesNotContainKeys("decision", "comment");
    decide(run, "approve", "Good");

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_ANSWER);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(run.instance().getId()).activityId(DRAFT_PROPOSAL).count()).isEqualTo(2);
  }

  @Test
  void counterOfferWithinPolicyIsAnsweredWithoutTheCeoAndADeclineEndsTheDeal() {
    Run run = awaitingAnswer();

    answer(run, "counter", 10);

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_ANSWER)
        .hasPassedInOrder(CLIENT_ANSWERED, NEGOTIATE_TERMS, CHECK_TERMS_POLICY, SEND_REVISED_TERMS)
        .hasNotPassed(APPROVE_TERMS);
    assertThat(run.instance()).variables().containsEntry(DISCOUNT_PERCENT, 5).containsEntry(DEAL_VALUE, 28500)
        .containsEntry(MARGIN_PERCENT, 35).containsEntry(NEGOTIATION_ROUND, 1);
    assertThat(mailer.sent.get("terms-" + run.id() + "-1").body()).contains("EUR 28,500");

    conversation.receive(deals.require(run.id()), new ClientMessage("answer", "We chose another supplier.",
        "decline", null));
    advance(run);

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_CLIENT_DECLINED);
    assertThat(view(run).reason()).isEqualTo("The client declined the proposal: We chose another supplier.");
  }

  @Test
  void counterOfferBeyondPolicyNeedsTheCeoAndApprovedTermsLeadToTheContract() {
    Run run = awaitingAnswer();

    answer(run, "counter", 30);

    assertThat(run.instance()).isWaitingAt(APPROVE_TERMS);
    assertThat(run.instance()).variables().containsEntry(DISCOUNT_PERCENT, 15)
        .containsEntry(APPROVAL_REASON, "Discount above 10%");
    Task gate = engine.getTaskService().createTaskQuery().processInstanceId(run.instance().getId())
        .initializeFormKeys().singleResult();
    assertThat(gate.getCamundaFormRef().getKey()).isEqualTo("terms-approval");
    assertThat(engine.getTaskService().getVariableLocal(gate.getId(), DELIVERABLE_CONTENT).toString())
        .contains("EUR 25,500", "30%");
    assertThat(view(run).stage()).isEqualTo(DealStage.NEGOTIATION);
    decide(run, "approve", "Strategic client");

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_ANSWER).hasPassed(SEND_REVISED_TERMS);
    answer(run, "accept", null);

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_SIGNATURE);
    assertThat(signature.requests.get("contract-" + run.id()).pdf()).asString().contains("total=25500");
  }

  @Test
  void termsBeyondPolicyRefusedByTheCeoLoseTheDeal() {
    Run run = awaitingAnswer();
    answer(run, "counter", 40);

    decide(run, "reject", "Not below our floor");

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_TERMS_REJECTED);
    assertThat(view(run).reason()).isEqualTo("The CEO refused terms beyond policy: Not below our floor");
  }

  @Test
  void negotiationEndsWithoutAgreementAfterTheLastRound() {
    Run run = awaitingAnswer();
    for (int round = 1; round <= 3; round++) {
      answer(run, "counter", 2 * round);
      assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_ANSWER);
    }

    answer(run, "counter", 8);

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_NO_AGREEMENT);
    assertThat(view(run).reason()).isEqualTo("No agreement after 3 negotiation rounds");
  }

  @Test
  void proposalWithoutAnswerExpires() {
    Run run = awaitingAnswer();

    timer(run);

    assertThat(run.instance()).isEnded().hasPassed(PROPOSAL_EXPIRED, END_LOST_PROPOSAL_EXPIRED);
    assertThat(view(run).reason()).isEqualTo("The proposal expired without an answer");
  }

  @Test
  void declinedSignatureLosesTheDeal() {
    Run run = awaitingAnswer();
    answer(run, "accept", null);

    events.publishEvent(new SignatureEvent("env-contract-" + run.id(), EnvelopeStatus.DECLINED, "Legal said no"));
    advance(run);

    assertThat(run.instance()).isEnded().hasPassed(CONTRACT_DECLINED, END_LOST_CONTRACT_DECLINED);
    assertThat(view(run).reason()).isEqualTo("The client declined to sign the contract");
    // a repeated webhook has no second effect
    events.publishEvent(new SignatureEvent("env-contract-" + run.id(), EnvelopeStatus.DECLINED, "Legal said no"));
  }

  @Test
  void unsignedContractExpiresAfterTheReminders() {
    Run run = awaitingAnswer();
    answer(run, "accept", null);

    timer(run);
    timer(run);
    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_SIGNATURE);
    assertThat(mailer.sent).containsKeys("signature-reminder-" + run.id() + "-1",
        "signature-reminder-" + run.id() + "-2");
    timer(run);

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_CONTRACT_EXPIRED);
    assertThat(view(run).reason()).isEqualTo("The contract was not signed after 2 reminders");
  }

  @Test
  void leadHandedToSalesByDiscoveryOpensItsDealOnce() {
    String leadId = UUID.randomUUID().toString();
    Map<String, Object> lead = Map.of("leadId", leadId, "company", "Acme Software GmbH",
        "contactEmail", "cto@acme-software.example", "industry", "software", "employees", 450,
        "annualBudget", 120_000L, "notes", "Budget approved, we need a partner this quarter");

    for (int handoff = 1; handoff <= 2; handoff++) {
      engine.getRuntimeService().createProcessInstanceByKey("client-discovery").businessKey(leadId)
          .setVariables(lead).startBeforeActivity("EndEvent_LeadHandedToSales").execute();
    }

    Deal deal = deals.findByLead(leadId).orElseThrow();
    assertThat(deal.data().company()).isEqualTo("Acme Software GmbH");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DealClosingProcess.PROCESS_ID)
        .processInstanceBusinessKey(deal.id()).count()).as("one deal per lead").isEqualTo(1);
    Run run = new Run(deal.id(), engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(deal.processInstanceId()).singleResult());
    advance(run);
    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_REPLY);
    assertThat(mailer.to(deal.id())).singleElement()
        .satisfies(mail -> assertThat(mail.to()).isEqualTo("cto@acme-software.example"));
  }

  @Test
  void contractSignedOnPaperIsRecordedByTheCeoAndTheDealIsWon() {
    Run run = onPaper();

    assertThat(run.instance()).isWaitingAt(RECORD_COUNTERSIGNED_CONTRACT).hasNotPassed(GATEWAY_AWAIT_SIGNATURE);
    Task gate = engine.getTaskService().createTaskQuery().processInstanceId(run.instance().getId())
        .initializeFormKeys().singleResult();
    assertThat(gate.getFormKey()).isEqualTo("embedded:deployment:forms/countersigned-contract.html");
    try (var form = engine.getFormService().getDeployedTaskForm(gate.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("cam-variable-name=\"countersignedContract\" cam-variable-type=\"File\"");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(engine.getTaskService().getVariableLocal(gate.getId(), CLIENT_NAME)).isEqualTo("Acme Robotics");
    assertThat(BpmnAwareTests.task(run.instance())).hasCandidateGroup("ceo");
    assertThat(view(run).stage()).isEqualTo(DealStage.CONTRACT);
    String envelopeId = (String) engine.getRuntimeService().getVariable(run.instance().getId(), ENVELOPE_ID);
    engine.getTaskService().complete(gate.getId(), Map.of("decision", "approve", "comment", "",
        COUNTERSIGNED_CONTRACT, pdf("signed.pdf", SIGNED_PDF)));

    assertThat(engine.getRuntimeService().getVariable(run.instance().getId(), COUNTERSIGNED_CONTRACT))
        .as("the PDF is no process data").isNull();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(run.instance().getId())
        .variableName(COUNTERSIGNED_CONTRACT).count()).isZero();
    advance(run);

    assertThat(run.instance()).isEnded().hasPassed(SET_UP_PAYMENT, END_DEAL_WON).hasNotPassed(CONTRACT_SIGNED);
    assertThat(view(run).status()).isEqualTo(Deal.WON);
    assertThat(signature.countersigned).as("kept by the e-signature adapter, once")
        .containsOnlyKeys(envelopeId).containsEntry(envelopeId, SIGNED_PDF);
    assertThat(documents.ofDeal(run.id())).filteredOn(document -> document.kind() == DocumentKind.COUNTERSIGNED)
        .singleElement().satisfies(document -> {
          assertThat(document.fileName()).isEqualTo("signed.pdf");
          assertThat(documents.get(document.id()).orElseThrow().content()).isEqualTo(SIGNED_PDF);
        });
  }

  @Test
  void ceoWhoSaysTheClientSignedMustUploadThePdf() {
    Run run = onPaper();
    String taskId = ceoTask(run).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("decision", "approve", "comment", "")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("upload the countersigned contract");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("decision", "approve", "comment", "",
        COUNTERSIGNED_CONTRACT, pdf("signed.docx", "PK not a pdf".getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("must be a PDF");

    assertThat(run.instance()).isWaitingAt(RECORD_COUNTERSIGNED_CONTRACT);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("still open").isOne();
    assertThat(engine.getRuntimeService().getVariable(run.instance().getId(), COUNTERSIGNED_CONTRACT)).isNull();
    assertThat(documents.ofDeal(run.id())).noneMatch(document -> document.kind() == DocumentKind.COUNTERSIGNED);
  }

  @Test
  void contractTheClientDidNotSignOnPaperLosesTheDeal() {
    Run run = onPaper();

    engine.getTaskService().complete(ceoTask(run).getId(), Map.of("decision", "reject",
        "comment", "They went silent after the kick-off call"));
    advance(run);

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_NOT_COUNTERSIGNED);
    assertThat(view(run).reason())
        .isEqualTo("The client did not sign the contract on paper: They went silent after the kick-off call");
    assertThat(documents.ofDeal(run.id())).noneMatch(document -> document.kind() == DocumentKind.COUNTERSIGNED);
    assertThat(signature.countersigned).doesNotContainKey("env-contract-" + run.id());
  }

  static final byte[] SIGNED_PDF = "%PDF-1.7 signed by both sides".getBytes(StandardCharsets.UTF_8);

  /** The deal accepted, its contract out for signing on paper: the CEO's task is open. */
  Run onPaper() {
    Run run = awaitingAnswer();
    signature.onPaper = true;
    try {
      answer(run, "accept", null);
    } finally {
      signature.onPaper = false;
    }
    return run;
  }

  static FileValue pdf(String fileName, byte[] content) {
    return org.camunda.bpm.engine.variable.Variables.fileValue(fileName).file(content).mimeType("application/pdf").create();
  }

  @Test
  void exhaustedAgentBudgetGoesToTheCeoWhoRaisesItAndTheNeedsAreAssessed() {
    Run run = open("low");
    engine.getRuntimeService().setVariable(run.instance().getId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);

    reply(run, "We need a customer portal for our dealers.");

    assertThat(run.instance()).isWaitingAt(DECIDE_ON_NEEDS_AGENT_BUDGET).hasPassed(ASSESS_NEEDS_BUDGET_EXCEEDED);
    assertThat(BpmnAwareTests.task(run.instance())).hasCandidateGroup("ceo");
    assertThat(view(run).stage()).isEqualTo(DealStage.NEEDS_ASSESSMENT);
    engine.getTaskService().complete(ceoTask(run).getId(), Map.of("decision", "approve", "comment", "",
        PipelineBudget.MAX_CALLS_VARIABLE, 100));
    advance(run);

    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_ANSWER).hasPassed(PRICE_PROPOSAL);
  }

  @Test
  void ceoWhoDoesNotRaiseTheBudgetForTheNeedsAssessmentLosesTheDeal() {
    Run run = open("low");
    engine.getRuntimeService().setVariable(run.instance().getId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    reply(run, "We need a customer portal for our dealers.");

    decide(run, "reject", "Pause this one");

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_NEEDS_AGENT_BUDGET);
    assertThat(view(run).reason()).isEqualTo("The CEO did not raise the agent budget: Pause this one");
  }

  @Test
  void ceoWhoDoesNotRaiseTheBudgetInNegotiationLosesTheDealWithTheReason() {
    Run run = awaitingAnswer();
    engine.getRuntimeService().setVariable(run.instance().getId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    answer(run, "counter", 10);
    assertThat(run.instance()).isWaitingAt(DECIDE_ON_NEGOTIATION_AGENT_BUDGET);
    assertThat(view(run).stage()).isEqualTo(DealStage.NEGOTIATION);

    decide(run, "reject", "Not worth more spend");

    assertThat(run.instance()).isEnded().hasPassed(NEGOTIATION_BUDGET_EXCEEDED, END_LOST_NEGOTIATION_AGENT_BUDGET);
    assertThat(view(run).reason()).isEqualTo("The CEO did not raise the agent budget: Not worth more spend");
  }

  @Test
  void ceoRejectingTheOutreachLosesTheDealAndChangesRedraftIt() {
    Run run = open("high");
    decide(run, "changes", "Mention the dealer portal we built for Bolt GmbH");

    assertThat(run.instance()).isWaitingAt(APPROVE_OUTREACH);
    String redrafted = (String) engine.getRuntimeService().getVariable(run.instance().getId(), OUTREACH_DELIVERABLE_ID);
    assertThat(deliverables.find(redrafted).orElseThrow().brief().text("ceoGuidance"))
        .isEqualTo("Mention the dealer portal we built for Bolt GmbH");
    decide(run, "reject", "Competitor of our biggest client");

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_OUTREACH_REJECTED);
    assertThat(view(run).reason()).isEqualTo("The CEO rejected the outreach: Competitor of our biggest client");
    assertThat(mailer.to(run.id())).isEmpty();
  }

  @Test
  void outreachTheQualityGateStopsLosesTheDeal() {
    Run run = openWithoutAdvancing("low");
    engine.getRuntimeService().setVariable(run.instance().getId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    advance(run);

    stopTheQualityGate(run);

    assertThat(run.instance()).isEnded().hasPassed(END_LOST_OUTREACH_NOT_USABLE);
    assertThat(view(run).reason())
        .isEqualTo("No usable outreach e-mail: the quality gate did not pass it (STOPPED)");
  }

  @Test
  void proposalTheQualityGateStopsLosesTheDeal() {
    Run run = open("low");
    // enough for the needs assessment, none left for the proposal
    long calls = jdbc.sql("select count(*) from bb_agent_call where pipeline_key = ?").param(run.id())
        .query(Long.class).single();
    engine.getRuntimeService().setVariable(run.instance().getId(), PipelineBudget.MAX_CALLS_VARIABLE, calls + 1);
    reply(run, "We need a customer portal for our dealers.");

    stopTheQualityGate(run);

    assertThat(run.instance()).isEnded().hasPassed(ASSESS_NEEDS, END_LOST_PROPOSAL_NOT_USABLE);
    assertThat(view(run).reason()).isEqualTo("No usable proposal: the quality gate did not pass it (STOPPED)");
  }

  /** The gate's own CEO decision on its exhausted agent budget: stop. */
  void stopTheQualityGate(Run run) {
    ProcessInstance gate = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(run.instance().getId()).singleResult();
    Task budget = engine.getTaskService().createTaskQuery().processInstanceId(gate.getId()).singleResult();
    assertThat(budget.getTaskDefinitionKey()).isEqualTo("UserTask_DecideOnAgentBudget");
    engine.getTaskService().complete(budget.getId(), Map.of("decision", "reject", "comment", "Not worth it"));
    advance(run);
  }

  @AfterAll
  void everyFlowNodeOfTheModelWasPassed() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DealClosingProcess.PROCESS_ID).latestVersion().singleResult().getId();
    List<String> flowNodes = engine.getRepositoryService().getBpmnModelInstance(definitionId)
        .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
    Set<String> passed = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processDefinitionId(definitionId).list().stream().map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());

    assertThat(passed).containsAll(flowNodes);
  }

  Run awaitingAnswer() {
    Run run = open("low");
    reply(run, "We need a customer portal for our dealers.");
    assertThat(run.instance()).isWaitingAt(GATEWAY_AWAIT_ANSWER);
    return run;
  }

  record Run(String id, ProcessInstance instance) {}

  Run open(String risk) {
    Run run = openWithoutAdvancing(risk);
    advance(run);
    return run;
  }

  Run openWithoutAdvancing(String risk) {
    DealSubmission.Opened opened = submission.open(new DealRequest(null, "Acme Robotics", "Dana Reyes",
        "dana@acme.example", "manufacturing", 300, 120000L, "Dealers order spare parts by phone", risk));
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(opened.processInstanceId()).singleResult();
    return new Run(opened.id(), instance);
  }

  void reply(Run run, String text) {
    conversation.receive(deals.require(run.id()), new ClientMessage("reply", text, null, null));
    advance(run);
  }

  void answer(Run run, String answer, Integer discount) {
    conversation.receive(deals.require(run.id()), new ClientMessage("answer", "Our answer: " + answer, answer,
        discount));
    advance(run);
  }

  void timer(Run run) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(run.instance().getId()).timers()
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    advance(run);
  }

  Task ceoTask(Run run) {
    return engine.getTaskService().createTaskQuery().processInstanceId(run.instance().getId()).singleResult();
  }

  void decide(Run run, String decision, String comment) {
    engine.getTaskService().complete(ceoTask(run).getId(), Map.of("decision", decision, "comment", comment));
    advance(run);
  }

  DealView view(Run run) {
    return progress.of(deals.require(run.id()));
  }

  /** Works external tasks and async continuations of the deal's run and of the quality gates it calls. */
  void advance(Run run) {
    boolean progressed = true;
    while (progressed) {
      progressed = worker.workUntilIdle() > 0;
      List<String> runs = new ArrayList<>(List.of(run.instance().getId()));
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(run.instance().getId()).list()
          .forEach(called -> runs.add(called.getId()));
      for (String id : runs) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(id).messages()
            .executable().list()) {
          engine.getManagementService().executeJob(job.getId());
          progressed = true;
        }
      }
    }
  }
}
