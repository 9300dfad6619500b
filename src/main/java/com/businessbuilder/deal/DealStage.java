package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.*;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The stages of {@code deal-closing}, as the model's groups show them, with the elements each one holds. */
enum DealStage {
  OUTREACH(START_DEAL_OPENED, DRAFT_OUTREACH, CHECK_OUTREACH_POLICY, APPROVE_OUTREACH, SEND_OUTREACH),
  AWAITING_REPLY(GATEWAY_AWAIT_REPLY, FOLLOW_UP_DUE, SEND_FOLLOW_UP),
  NEEDS_ASSESSMENT(ASSESS_NEEDS, DECIDE_ON_NEEDS_AGENT_BUDGET),
  PROPOSAL(PRICE_PROPOSAL, DRAFT_PROPOSAL, CHECK_PROPOSAL_POLICY, APPROVE_PROPOSAL, SEND_PROPOSAL),
  AWAITING_ANSWER(GATEWAY_AWAIT_ANSWER),
  NEGOTIATION(NEGOTIATE_TERMS, DECIDE_ON_NEGOTIATION_AGENT_BUDGET, CHECK_TERMS_POLICY, APPROVE_TERMS, SEND_REVISED_TERMS),
  CONTRACT(SEND_CONTRACT, GATEWAY_AWAIT_SIGNATURE, SIGNATURE_REMINDER_DUE, REMIND_SIGNER, RECORD_COUNTERSIGNED_CONTRACT),
  PAYMENT_SETUP(SET_UP_PAYMENT),
  WON,
  LOST;

  private final Set<String> elements;

  DealStage(String... elements) {
    this.elements = Set.of(elements);
  }

  static Optional<DealStage> of(String elementId) {
    return Arrays.stream(values()).filter(stage -> stage.elements.contains(elementId)).findFirst();
  }
}
