package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.*;
import static com.businessbuilder.deal.DealClosingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.businessbuilder.agent.AgentBudgetProcess;
import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.discovery.LeadHandedToSales;
import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.signing.EnvelopeStatus;
import com.businessbuilder.signing.SignatureEvent;
import com.businessbuilder.testing.ModelCoverage;
import com.businessbuilder.testing.ProcessDriver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paths through {@code deal-closing} and its stages, run by the real engine with the real handlers, decisions,
 * quality gate and offline agents on H2; the ports (mail, PDF, e-signature, accounting) are the in-memory
 * {@link DealTestDoubles}. The pipeline on PostgreSQL with the real adapters is {@link LeadToDeliveredProjectEndToEndTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({DealTestDoubles.class, DealClosingPathsTest.Handoffs.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealClosingPathsTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessDriver driver;
  @Autowired ProcessRuns runs;
  @Autowired ModelCoverage coverage;
  @Autowired DealSubmission submission;
  @Autowired DealRepository deals;
  @Autowired DealConversation conversation;
  @Autowired Deliverables deliverables;
  @Autowired Documents documents;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired Handoffs handoffs;
  @Autowired DealTestDoubles.RecordingMailer mailer;
  @Autowired DealTestDoubles.FakeSignature signature;
  @Autowired DealTestDoubles.FakeAccounting accounting;

  @Test
  void dealWithinPolicyIsWonWithoutTheCeoAndHandedToDelivery() {
    Run run = open("low");

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_REPLY);
    assertThat(passed(run)).containsSubsequence(STAGE_OUTREACH, BRIEF_OUTREACH, DRAFT_OUTREACH, CHECK_OUTREACH_POLICY,
        SEND_OUTREACH, STAGE_AWAIT_REPLY).doesNotContain(APPROVE_OUTREACH);
    assertThat(view(run).stage()).isEqualTo(DealStage.AWAITING_REPLY);
    assertThat(view(run).currentStep()).isEqualTo("Wait for the reply");
    assertThat(mailer.to(run.id())).singleElement().satisfies(mail -> {
      assertThat(mail.idempotencyKey()).isEqualTo("outreach-" + run.id());
      assertThat(mail.body()).startsWith("Dear Dana Reyes,\n\n").contains("When orders still arrive by phone")
          .as("the deal's notes are ours, not the client's to read").doesNotContainIgnoringCase("spare parts by phone")
          .as("one line per paragraph").doesNotContainPattern("[a-z,]\n[a-z]");
    });

    reply(run, "Thanks for reaching out. We need a customer portal where our dealers order spare parts.");

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    assertThat(passed(run)).containsSubsequence(ASSESS_NEEDS, PRICE_PROPOSAL, BRIEF_PROPOSAL, DRAFT_PROPOSAL,
        CHECK_PROPOSAL_POLICY, SEND_PROPOSAL).doesNotContain(APPROVE_PROPOSAL);
    assertThat(engine.getRuntimeService().getVariables(run.runId())).containsEntry(NEEDS_SIZE, "medium")
        .containsEntry(NEEDS_COMPLEXITY, "medium").containsEntry(DEAL_VALUE, 30000).containsEntry(MARGIN_PERCENT, 38)
        .containsEntry(CEO_APPROVAL_REQUIRED, false);
    Deal offered = deals.require(run.id());
    assertThat(offered.price()).as("the terms are kept on the deal").isEqualTo(30000);
    assertThat(offered.discountPercent()).isZero();
    assertThat(offered.deliveryWeeks()).isPositive();
    String proposal = (String) engine.getRuntimeService().getVariable(run.runId(), PROPOSAL_DELIVERABLE_ID);
    assertThat(deliverables.finalVersion(proposal).orElseThrow().content())
        .as("the price of the pricing decision, never the agent's").contains("EUR 30,000")
        .as("the need in our words").contains("An online ordering portal for the customers and partners of Acme")
        .doesNotContainIgnoringCase("where our dealers order spare parts");
    assertThat(mailer.sent.get("proposal-" + run.id() + "-" + proposal).attachments()).singleElement()
        .satisfies(pdf -> assertThat(new String(pdf.content())).startsWith("%PDF proposal").contains("EUR 30,000"));
    assertThat(view(run).stage()).isEqualTo(DealStage.AWAITING_ANSWER);

    answer(run, "accept", null);

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_SIGNATURE);
    assertThat(passed(run)).contains(SEND_CONTRACT);
    assertThat(view(run).stage()).isEqualTo(DealStage.CONTRACT);
    assertThat(signature.requests.get("contract-" + run.id()).signerEmail()).isEqualTo("dana@acme.example");

    events.publishEvent(new SignatureEvent("env-contract-" + run.id(), EnvelopeStatus.COMPLETED, null));
    driver.advance(run.runId());

    assertThat(driver.state(run.runId()).running()).isFalse();
    assertThat(passed(run)).containsSubsequence(CONTRACT_SIGNED, SET_UP_PAYMENT, RECORD_WON_DEAL, END_DEAL_WON);
    assertThat(accounting.invoices.get("invoice-" + run.id()).lines()).singleElement()
        .satisfies(line -> assertThat(line.amount()).as("the 30 %% deposit of the agreed 30,000")
            .isEqualByComparingTo("9000"));
    DealView won = view(run);
    assertThat(won.status()).isEqualTo(Deal.WON);
    assertThat(won.stage()).isEqualTo(DealStage.WON);
    assertThat(won.currentStep()).isNull();
    assertThat(won.invoiceNumber()).startsWith("INV-");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.runId())
        .variableName("invoiceNumber").count()).as("the invoice number lives on the deal only").isZero();
    assertThat(deals.require(run.id()).projectBrief())
        .contains("Acme Robotics", "EUR 30,000", "ordering portal", won.invoiceNumber());
    assertThat(handoffs.won()).as("handed to delivery once, with the brief")
        .filteredOn(event -> event.dealId().equals(run.id())).singleElement().satisfies(event -> {
      assertThat(event.dealId()).isEqualTo(run.id());
      assertThat(event.price()).isEqualByComparingTo("30000");
      assertThat(event.invoiceNumber()).isEqualTo(won.invoiceNumber());
      assertThat(event.projectBrief()).contains("ordering portal");
    });
  }

  @Test
  void clientWhoNeverRepliesIsLostAfterTheFollowUps() {
    Run run = open("low");

    for (int followUp = 1; followUp <= 2; followUp++) {
      driver.fireTimer(run.runId());
      assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_REPLY);
      assertThat(mailer.to(run.id())).hasSize(1 + followUp);
    }
    driver.fireTimer(run.runId());

    assertThat(passed(run)).contains(END_LOST_NO_RESPONSE, STAGE_LOST_DEAL, RECORD_LOST_DEAL, END_DEAL_LOST);
    assertThat(mailer.to(run.id())).hasSize(3);
    DealView lost = view(run);
    assertThat(lost.status()).isEqualTo(Deal.LOST);
    assertThat(lost.stage()).isEqualTo(DealStage.LOST);
    assertThat(lost.reason()).isEqualTo("No response after the outreach and 2 follow-ups");
    assertThat(handoffs.lost()).filteredOn(event -> event.dealId().equals(run.id())).singleElement()
        .satisfies(event -> assertThat(event.reason()).isEqualTo(lost.reason()));
  }

  @Test
  void highRiskClientNeedsTheCeoForOutreachAndProposalAndALostProposalKeepsTheCeosReason() {
    Run run = open("high");

    assertThat(waitingAt(run)).containsExactly(APPROVE_OUTREACH);
    assertThat(view(run).stage()).isEqualTo(DealStage.OUTREACH);
    Task gate = ceoTask(run);
    assertThat(gate.getName()).as("Tasklist lists gates by name").isEqualTo("Approve outreach e-mail: Acme Robotics");
    assertThat(gate.getDescription()).startsWith("Outreach e-mail to Acme Robotics\n\n");
    assertThat(gate.getCamundaFormRef().getKey()).isEqualTo("outreach-approval");
    assertThat(engine.getTaskService().getVariableLocal(gate.getId(), DELIVERABLE_CONTENT).toString())
        .contains("Dana Reyes");
    assertThat(engine.getTaskService().getIdentityLinksForTask(gate.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ceo"));
    assertThat(mailer.to(run.id())).as("nothing leaves before the CEO approved").isEmpty();
    decide(run, "approve", "Go ahead");
    reply(run, "We need a customer portal for our dealers.");

    assertThat(waitingAt(run)).containsExactly(APPROVE_PROPOSAL);
    assertThat(ceoTask(run).getName()).isEqualTo("Approve proposal: Acme Robotics, EUR 30,000");
    assertThat(engine.getRuntimeService().getVariables(ceoTask(run).getExecutionId()))
        .containsEntry(APPROVAL_REASON, "High-risk client");
    assertThat(view(run).stage()).isEqualTo(DealStage.PROPOSAL);
    decide(run, "reject", "Their payment history is too poor");

    assertThat(passed(run)).contains(END_LOST_PROPOSAL_REJECTED, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The CEO rejected the proposal: Their payment history is too poor");
    assertThat(mailer.to(run.id())).as("outreach only").hasSize(1);
  }

  @Test
  void ceoRequestingChangesSendsTheProposalBackForRevision() {
    Run run = open("high");
    decide(run, "approve", "Go ahead");
    reply(run, "We need a customer portal for our dealers.");
    String first = (String) stageVariable(run, PROPOSAL_DELIVERABLE_ID);

    decide(run, "changes", "Mention our spare-parts experience");

    assertThat(waitingAt(run)).containsExactly(APPROVE_PROPOSAL);
    String second = (String) stageVariable(run, PROPOSAL_DELIVERABLE_ID);
    assertThat(second).isNotEqualTo(first);
    assertThat(deliverables.find(second).orElseThrow().brief().text("ceoGuidance"))
        .isEqualTo("Mention our spare-parts experience");
    assertThat(engine.getRuntimeService().getVariables(ceoTask(run).getExecutionId()))
        .as("the reopened gate starts without the earlier decision").doesNotContainKeys("decision", "comment");
    decide(run, "approve", "Good");

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    assertThat(driver.timesPassed(run.runId(), DRAFT_PROPOSAL)).isEqualTo(2);
  }

  @Test
  void counterOfferWithinPolicyIsAnsweredWithoutTheCeoAndADeclineEndsTheDeal() {
    Run run = awaitingAnswer();

    answer(run, "counter", 10);

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    assertThat(passed(run)).containsSubsequence(CLIENT_ANSWERED, STAGE_NEGOTIATION, NEGOTIATE_TERMS, CHECK_TERMS_POLICY,
        SEND_REVISED_TERMS, STAGE_CLIENT_ANSWER).doesNotContain(APPROVE_TERMS);
    assertThat(engine.getRuntimeService().getVariables(run.runId())).containsEntry(DISCOUNT_PERCENT, 5)
        .containsEntry(DEAL_VALUE, 28500).containsEntry(MARGIN_PERCENT, 35).containsEntry(NEGOTIATION_ROUND, 1);
    assertThat(view(run).price()).isEqualTo(28500);
    assertThat(view(run).discountPercent()).isEqualTo(5);
    assertThat(mailer.sent.get("terms-" + run.id() + "-1").body()).contains("EUR 28,500");

    conversation.receive(deals.require(run.id()), new ClientMessage("answer", "We chose another supplier.",
        "decline", null));
    driver.advance(run.runId());

    assertThat(passed(run)).contains(END_LOST_CLIENT_DECLINED, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The client declined the proposal: We chose another supplier.");
  }

  @Test
  void counterOfferBeyondPolicyNeedsTheCeoAndApprovedTermsLeadToTheContract() {
    Run run = awaitingAnswer();

    answer(run, "counter", 30);

    assertThat(waitingAt(run)).containsExactly(APPROVE_TERMS);
    assertThat(engine.getRuntimeService().getVariables(ceoTask(run).getExecutionId()))
        .containsEntry(DISCOUNT_PERCENT, 15).containsEntry(APPROVAL_REASON, "Discount above 10%");
    Task gate = ceoTask(run);
    assertThat(gate.getName()).isEqualTo("Approve revised terms: Acme Robotics, EUR 25,500 after 15% discount");
    assertThat(gate.getCamundaFormRef().getKey()).isEqualTo("terms-approval");
    assertThat(engine.getTaskService().getVariableLocal(gate.getId(), DELIVERABLE_CONTENT).toString())
        .contains("EUR 25,500", "30%");
    assertThat(view(run).stage()).isEqualTo(DealStage.NEGOTIATION);
    decide(run, "approve", "Strategic client");

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    assertThat(passed(run)).contains(SEND_REVISED_TERMS);
    answer(run, "accept", null);

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_SIGNATURE);
    assertThat(signature.requests.get("contract-" + run.id()).pdf()).asString().contains("total=25500");
  }

  @Test
  void termsBeyondPolicyRefusedByTheCeoLoseTheDeal() {
    Run run = awaitingAnswer();
    answer(run, "counter", 40);

    decide(run, "reject", "Not below our floor");

    assertThat(passed(run)).contains(END_LOST_TERMS_REJECTED, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The CEO refused terms beyond policy: Not below our floor");
  }

  @Test
  void negotiationEndsWithoutAgreementAfterTheLastRound() {
    Run run = awaitingAnswer();
    for (int round = 1; round <= 3; round++) {
      answer(run, "counter", 2 * round);
      assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    }

    answer(run, "counter", 8);

    assertThat(passed(run)).contains(END_LOST_NO_AGREEMENT, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("No agreement after 3 negotiation rounds");
  }

  @Test
  void proposalWithoutAnswerExpires() {
    Run run = awaitingAnswer();

    driver.fireTimer(run.runId());

    assertThat(passed(run)).contains(PROPOSAL_EXPIRED, END_LOST_PROPOSAL_EXPIRED, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The proposal expired without an answer");
  }

  @Test
  void declinedSignatureLosesTheDealAndARepeatedWebhookChangesNothing() {
    Run run = awaitingAnswer();
    answer(run, "accept", null);

    events.publishEvent(new SignatureEvent("env-contract-" + run.id(), EnvelopeStatus.DECLINED, "Legal said no"));
    driver.advance(run.runId());

    assertThat(passed(run)).contains(CONTRACT_DECLINED, END_LOST_CONTRACT_DECLINED, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The client declined to sign the contract");
    int messages = deals.messages(run.id()).size();
    events.publishEvent(new SignatureEvent("env-contract-" + run.id(), EnvelopeStatus.DECLINED, "Legal said no"));
    assertThat(deals.messages(run.id())).hasSize(messages);
  }

  @Test
  void unsignedContractExpiresAfterTheReminders() {
    Run run = awaitingAnswer();
    answer(run, "accept", null);

    driver.fireTimer(run.runId());
    driver.fireTimer(run.runId());
    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_SIGNATURE);
    assertThat(mailer.sent).containsKeys("signature-reminder-" + run.id() + "-1",
        "signature-reminder-" + run.id() + "-2");
    driver.fireTimer(run.runId());

    assertThat(passed(run)).contains(END_LOST_CONTRACT_EXPIRED, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The contract was not signed after 2 reminders");
  }

  @Test
  void leadHandedToSalesTwiceOpensItsDealOnce() {
    String leadId = UUID.randomUUID().toString();
    LeadHandedToSales handoff = new LeadHandedToSales(leadId, UUID.randomUUID().toString(), "Acme Software GmbH",
        "cto@acme-software.example", "software", 450, 120_000L, "Budget approved, we need a partner this quarter");

    for (int delivery = 1; delivery <= 2; delivery++) {
      transaction.executeWithoutResult(status -> events.publishEvent(handoff));
    }
    driver.awaitEventDelivery();
    Deal deal = deals.findByLead(leadId).orElseThrow();
    driver.advance(deal.runId());

    assertThat(deal.id()).isEqualTo(handoff.dealId());
    assertThat(deal.data().company()).isEqualTo("Acme Software GmbH");
    assertThat(deal.data().risk()).isEqualTo(DealSubmission.DEFAULT_RISK);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DealClosingProcess.PROCESS_ID)
        .processInstanceBusinessKey(deal.id()).count()).as("one deal per lead").isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ? "
        + "and completion_date is not null").param("%" + handoff.dealId() + "%").query(Long.class).single())
        .as("both deliveries completed").isEqualTo(2);
    assertThat(waitingAt(new Run(deal.id(), deal.runId()))).containsExactly(GATEWAY_AWAIT_REPLY);
    assertThat(mailer.to(deal.id())).singleElement()
        .satisfies(mail -> assertThat(mail.to()).isEqualTo("cto@acme-software.example"));
  }

  @Test
  void contractSignedOnPaperIsRecordedByTheCeoAndTheDealIsWon() {
    Run run = onPaper();

    assertThat(waitingAt(run)).containsExactly(RECORD_COUNTERSIGNED_CONTRACT);
    assertThat(passed(run)).doesNotContain(GATEWAY_AWAIT_SIGNATURE);
    Task gate = ceoTask(run);
    assertThat(gate.getFormKey()).isEqualTo("embedded:deployment:forms/countersigned-contract.html");
    try (var form = engine.getFormService().getDeployedTaskForm(gate.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("cam-variable-name=\"countersignedContract\" cam-variable-type=\"File\"");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(engine.getTaskService().getVariableLocal(gate.getId(), CLIENT_NAME)).isEqualTo("Acme Robotics");
    assertThat(gate.getName()).isEqualTo("Record countersigned contract: Acme Robotics, EUR 30,000");
    String contractId = documents.latest(run.id(), DocumentKind.CONTRACT).orElseThrow().id();
    assertThat(engine.getTaskService().getVariableLocal(gate.getId(), CONTRACT_LINK))
        .as("the form links the contract the client was sent").isEqualTo("/documents/" + contractId);
    assertThat(mailer.sent.get("contract-" + run.id())).as("signed on paper: the contract goes out by e-mail")
        .satisfies(mail -> {
          assertThat(mail.to()).isEqualTo("dana@acme.example");
          assertThat(mail.body()).contains("Please sign it and send the signed copy back", "EUR 30,000");
          assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo("Contract Acme Robotics.pdf");
            assertThat(pdf.content()).isEqualTo(documents.get(contractId).orElseThrow().content());
          });
        });
    assertThat(view(run).stage()).isEqualTo(DealStage.CONTRACT);
    String envelopeId = deals.require(run.id()).envelopeId();
    runs.completeGate(gate.getId(), Map.of("decision", "approve", "comment", "",
        COUNTERSIGNED_CONTRACT, pdf("signed.pdf", SIGNED_PDF)));

    assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName(COUNTERSIGNED_CONTRACT)
        .processInstanceIdIn(gate.getProcessInstanceId()).count()).as("the PDF is no process data").isZero();
    driver.advance(run.runId());

    assertThat(passed(run)).contains(SET_UP_PAYMENT, END_DEAL_WON).doesNotContain(CONTRACT_SIGNED);
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
    String gateId = ceoTask(run).getId();

    String whatToDo = "; upload the PDF signed by the client and by you";
    assertThatThrownBy(() -> runs.completeGate(gateId, Map.of("decision", "approve", "comment", "")))
        .isInstanceOf(GateRefused.class)
        .hasMessage("Countersigned contract: a file is required when the client signed" + whatToDo)
        .satisfies(refused -> assertThat(((GateRefused) refused).field()).isEqualTo(COUNTERSIGNED_CONTRACT));
    assertThatThrownBy(() -> runs.completeGate(gateId, Map.of("decision", "approve", "comment", "",
        COUNTERSIGNED_CONTRACT, pdf("", new byte[0]))))
        .as("Tasklist sends an empty file when none was chosen")
        .isInstanceOf(GateRefused.class)
        .hasMessage("Countersigned contract: a file is required when the client signed" + whatToDo);
    assertThatThrownBy(() -> runs.completeGate(gateId, Map.of("decision", "approve", "comment", "",
        COUNTERSIGNED_CONTRACT, pdf("signed.docx", "PK not a pdf".getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(GateRefused.class).hasMessage("Countersigned contract: 'signed.docx' is not a PDF" + whatToDo);
    assertThatThrownBy(() -> runs.completeGate(gateId, Map.of("decision", "approve", "comment", "",
        COUNTERSIGNED_CONTRACT, pdf("empty.pdf", new byte[0]))))
        .isInstanceOf(GateRefused.class).hasMessage("Countersigned contract: 'empty.pdf' is empty" + whatToDo);

    assertThat(waitingAt(run)).containsExactly(RECORD_COUNTERSIGNED_CONTRACT);
    assertThat(engine.getTaskService().createTaskQuery().taskId(gateId).count()).as("still open").isOne();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName(COUNTERSIGNED_CONTRACT)
        .count()).isZero();
    assertThat(documents.ofDeal(run.id())).noneMatch(document -> document.kind() == DocumentKind.COUNTERSIGNED);
  }

  @Test
  void contractTheClientDidNotSignOnPaperLosesTheDeal() {
    Run run = onPaper();

    decide(run, "reject", "They went silent after the kick-off call");

    assertThat(passed(run)).contains(END_LOST_NOT_COUNTERSIGNED, END_DEAL_LOST);
    assertThat(view(run).reason())
        .isEqualTo("The client did not sign the contract on paper: They went silent after the kick-off call");
    assertThat(documents.ofDeal(run.id())).noneMatch(document -> document.kind() == DocumentKind.COUNTERSIGNED);
    assertThat(signature.countersigned).doesNotContainKey("env-contract-" + run.id());
  }

  @Test
  void exhaustedAgentBudgetGoesToTheCeoWhoRaisesItAndTheNeedsAreAssessed() {
    Run run = open("low");
    engine.getRuntimeService().setVariable(run.runId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);

    reply(run, "We need a customer portal for our dealers.");

    assertThat(waitingAt(run)).containsExactly(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    assertThat(passed(run)).contains(ASSESS_NEEDS_BUDGET_EXCEEDED, DECIDE_ON_NEEDS_AGENT_BUDGET);
    assertThat(view(run).stage()).isEqualTo(DealStage.NEEDS_ASSESSMENT);
    driver.decide(run.runId(), Map.of("decision", "approve", "comment", "", PipelineBudget.MAX_CALLS_VARIABLE, 100));

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    assertThat(passed(run)).contains(PRICE_PROPOSAL);
  }

  @Test
  void ceoWhoDoesNotRaiseTheBudgetForTheNeedsAssessmentLosesTheDeal() {
    Run run = open("low");
    engine.getRuntimeService().setVariable(run.runId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    reply(run, "We need a customer portal for our dealers.");

    decide(run, "reject", "Pause this one");

    assertThat(passed(run)).contains(END_LOST_NEEDS_AGENT_BUDGET, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The CEO did not raise the agent budget: Pause this one");
  }

  @Test
  void ceoWhoDoesNotRaiseTheBudgetInNegotiationLosesTheDealWithTheReason() {
    Run run = awaitingAnswer();
    engine.getRuntimeService().setVariable(run.runId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    answer(run, "counter", 10);
    assertThat(waitingAt(run)).containsExactly(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    assertThat(view(run).stage()).isEqualTo(DealStage.NEGOTIATION);

    decide(run, "reject", "Not worth more spend");

    assertThat(passed(run)).contains(NEGOTIATION_BUDGET_EXCEEDED, END_LOST_NEGOTIATION_AGENT_BUDGET);
    assertThat(view(run).reason()).isEqualTo("The CEO did not raise the agent budget: Not worth more spend");
  }

  @Test
  void ceoWhoRaisesTheBudgetInNegotiationGetsTheRevisedTerms() {
    Run run = awaitingAnswer();
    engine.getRuntimeService().setVariable(run.runId(), PipelineBudget.MAX_CALLS_VARIABLE, 0);
    answer(run, "counter", 10);

    driver.decide(run.runId(), Map.of("decision", "approve", "comment", "", PipelineBudget.MAX_CALLS_VARIABLE, 100));

    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    assertThat(driver.timesPassed(run.runId(), NEGOTIATE_TERMS)).isEqualTo(2);
    assertThat(mailer.sent).containsKey("terms-" + run.id() + "-1");
  }

  @Test
  void ceoRejectingTheOutreachLosesTheDealAndChangesRedraftIt() {
    Run run = open("high");
    decide(run, "changes", "Mention the dealer portal we built for Bolt GmbH");

    assertThat(waitingAt(run)).containsExactly(APPROVE_OUTREACH);
    String redrafted = (String) stageVariable(run, OUTREACH_DELIVERABLE_ID);
    assertThat(deliverables.find(redrafted).orElseThrow().brief().text("ceoGuidance"))
        .isEqualTo("Mention the dealer portal we built for Bolt GmbH");
    decide(run, "reject", "Competitor of our biggest client");

    assertThat(passed(run)).contains(END_LOST_OUTREACH_REJECTED, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("The CEO rejected the outreach: Competitor of our biggest client");
    assertThat(mailer.to(run.id())).isEmpty();
  }

  @Test
  void outreachTheQualityGateStopsLosesTheDeal() {
    Run run = openWithoutAdvancing("low");
    // the outreach stage runs already: its copy of the deal's variables is the one its quality gate gets
    driver.tree(run.runId()).forEach(id -> engine.getRuntimeService().setVariable(id,
        PipelineBudget.MAX_CALLS_VARIABLE, 0));
    driver.advance(run.runId());

    stopTheQualityGate(run);

    assertThat(passed(run)).contains(END_LOST_OUTREACH_NOT_USABLE, END_DEAL_LOST);
    assertThat(view(run).reason())
        .isEqualTo("No usable outreach e-mail: the quality gate did not pass it (STOPPED)");
  }

  @Test
  void proposalTheQualityGateStopsLosesTheDeal() {
    Run run = open("low");
    // enough for the needs assessment, none left for the proposal
    long calls = jdbc.sql("select count(*) from bb_agent_call where pipeline_key = ?").param(run.id())
        .query(Long.class).single();
    engine.getRuntimeService().setVariable(run.runId(), PipelineBudget.MAX_CALLS_VARIABLE, calls + 1);
    reply(run, "We need a customer portal for our dealers.");

    stopTheQualityGate(run);

    assertThat(passed(run)).contains(ASSESS_NEEDS, END_LOST_PROPOSAL_NOT_USABLE, END_DEAL_LOST);
    assertThat(view(run).reason()).isEqualTo("No usable proposal: the quality gate did not pass it (STOPPED)");
  }

  @AfterAll
  void everyFlowNodeOfTheModelsWasPassed() {
    for (String model : List.of(DealClosingProcess.PROCESS_ID, DealClosingProcess.Stages.OUTREACH,
        DealClosingProcess.Stages.REPLY, DealClosingProcess.Stages.NEEDS, DealClosingProcess.Stages.PROPOSAL,
        DealClosingProcess.Stages.ANSWER, DealClosingProcess.Stages.NEGOTIATION, DealClosingProcess.Stages.CONTRACT,
        DealClosingProcess.Stages.PAYMENT)) {
      coverage.assertEveryFlowNodePassed(model);
    }
  }

  static final byte[] SIGNED_PDF = "%PDF-1.7 signed by both sides".getBytes(StandardCharsets.UTF_8);

  /** The gate's own CEO decision on its exhausted agent budget: stop. */
  void stopTheQualityGate(Run run) {
    assertThat(driver.gate(run.runId()).key()).isEqualTo(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    assertThat(waitingAt(run)).containsExactly(AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET);
    driver.decide(run.runId(), Map.of("decision", "reject", "comment", "Not worth it"));
  }

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
    return org.camunda.bpm.engine.variable.Variables.fileValue(fileName).file(content).mimeType("application/pdf")
        .create();
  }

  Run awaitingAnswer() {
    Run run = open("low");
    reply(run, "We need a customer portal for our dealers.");
    assertThat(waitingAt(run)).containsExactly(GATEWAY_AWAIT_ANSWER);
    return run;
  }

  /** A deal and its top-level run. */
  record Run(String id, String runId) {}

  Run open(String risk) {
    Run run = openWithoutAdvancing(risk);
    driver.advance(run.runId());
    return run;
  }

  Run openWithoutAdvancing(String risk) {
    DealSubmission.Opened opened = submission.open(new DealRequest(null, "Acme Robotics", "Dana Reyes",
        "dana@acme.example", "manufacturing", 300, 120000L, "Dealers order spare parts by phone", risk), "test", null);
    return new Run(opened.id(), opened.runId());
  }

  void reply(Run run, String text) {
    conversation.receive(deals.require(run.id()), new ClientMessage("reply", text, null, null));
    driver.advance(run.runId());
  }

  void answer(Run run, String answer, Integer discount) {
    conversation.receive(deals.require(run.id()), new ClientMessage("answer", "Our answer: " + answer, answer,
        discount));
    driver.advance(run.runId());
  }

  Task ceoTask(Run run) {
    return engine.getTaskService().createTaskQuery().taskId(driver.gate(run.runId()).id()).initializeFormKeys()
        .singleResult();
  }

  void decide(Run run, String decision, String comment) {
    driver.decide(run.runId(), Map.of("decision", decision, "comment", comment));
  }

  List<String> waitingAt(Run run) {
    return driver.waitingAt(run.runId());
  }

  List<String> passed(Run run) {
    return driver.passed(run.runId());
  }

  /** A variable of the stage the deal is in now (its run's variables are copied back when a stage ends). */
  Object stageVariable(Run run, String name) {
    return engine.getRuntimeService().getVariables(ceoTask(run).getExecutionId()).get(name);
  }

  DealView view(Run run) {
    return DealView.of(deals.require(run.id()), deals.messages(run.id()));
  }

  /** Records the handoffs deal closing publishes, as a listener of another pipeline would receive them. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Handoffs {
    private final List<DealWon> won = new CopyOnWriteArrayList<>();
    private final List<DealLost> lost = new CopyOnWriteArrayList<>();

    // the listener is proxied (asynchronous, transactional): read through methods, not fields
    List<DealWon> won() {
      return won;
    }

    List<DealLost> lost() {
      return lost;
    }

    @ApplicationModuleListener
    void on(DealWon event) {
      won.add(event);
    }

    @ApplicationModuleListener
    void on(DealLost event) {
      lost.add(event);
    }
  }
}
