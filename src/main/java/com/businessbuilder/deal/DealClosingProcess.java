package com.businessbuilder.deal;

/**
 * Names shared by {@code processes/deal-closing.bpmn}, its forms and decisions, and the code that drives it.
 * The model is the source of truth; these constants keep the code from scattering its ids.
 */
public final class DealClosingProcess {

  public static final String PROCESS_ID = "deal-closing";
  public static final String APPROVAL_POLICY_DECISION = "approval-policy";
  public static final String PRICING_DECISION = "pricing";

  /** External-task topics, one per kind of work; agent tasks are also the prompt names. */
  public static final class Topics {
    public static final String SEND_OUTREACH = "deal-send-outreach";
    public static final String SEND_FOLLOW_UP = "deal-send-follow-up";
    public static final String ASSESS_NEEDS = "deal-assess-needs";
    public static final String SEND_PROPOSAL = "deal-send-proposal";
    public static final String NEGOTIATE = "deal-negotiate";
    public static final String SEND_TERMS = "deal-send-terms";
    public static final String SEND_CONTRACT = "deal-send-contract";
    public static final String REMIND_SIGNER = "deal-remind-signer";
    public static final String SET_UP_PAYMENT = "deal-setup-payment";

    private Topics() {}
  }

  /** Messages the deal waits for. */
  public static final class Messages {
    public static final String CLIENT_REPLIED = "ClientReplied";
    /** carries {@link Variables#CLIENT_ANSWER}: accept, counter or decline */
    public static final String CLIENT_ANSWERED = "ClientAnswered";
    public static final String CONTRACT_SIGNED = "ContractSigned";
    public static final String CONTRACT_DECLINED = "ContractDeclined";

    private Messages() {}
  }

  /** Flow nodes the code and the tests refer to. */
  public static final class Elements {
    public static final String START_DEAL_OPENED = "StartEvent_DealOpened";
    public static final String DRAFT_OUTREACH = "CallActivity_DraftOutreach";
    public static final String GATEWAY_OUTREACH_USABLE = "Gateway_OutreachUsable";
    public static final String END_LOST_OUTREACH_NOT_USABLE = "EndEvent_LostOutreachNotUsable";
    public static final String CHECK_OUTREACH_POLICY = "BusinessRuleTask_CheckOutreachPolicy";
    public static final String GATEWAY_OUTREACH_NEEDS_CEO = "Gateway_OutreachNeedsCeo";
    public static final String APPROVE_OUTREACH = "UserTask_ApproveOutreach";
    public static final String GATEWAY_OUTREACH_CEO_DECISION = "Gateway_OutreachCeoDecision";
    public static final String END_LOST_OUTREACH_REJECTED = "EndEvent_LostOutreachRejected";
    public static final String SEND_OUTREACH = "ServiceTask_SendOutreach";
    public static final String GATEWAY_AWAIT_REPLY = "Gateway_AwaitReply";
    public static final String CLIENT_REPLIED = "MessageEvent_ClientReplied";
    public static final String FOLLOW_UP_DUE = "TimerEvent_FollowUpDue";
    public static final String GATEWAY_FOLLOW_UPS_LEFT = "Gateway_FollowUpsLeft";
    public static final String SEND_FOLLOW_UP = "ServiceTask_SendFollowUp";
    public static final String END_LOST_NO_RESPONSE = "EndEvent_LostNoResponse";
    public static final String ASSESS_NEEDS = "ServiceTask_AssessNeeds";
    // an agent call refused by the pipeline budget (error AGENT_BUDGET_EXCEEDED) goes to the CEO
    public static final String ASSESS_NEEDS_BUDGET_EXCEEDED = "BoundaryEvent_AssessNeedsBudgetExceeded";
    public static final String DECIDE_ON_NEEDS_AGENT_BUDGET = "UserTask_DecideAssessNeedsAgentBudget";
    public static final String END_LOST_NEEDS_AGENT_BUDGET = "EndEvent_LostAssessNeedsAgentBudget";
    public static final String PRICE_PROPOSAL = "BusinessRuleTask_PriceProposal";
    public static final String DRAFT_PROPOSAL = "CallActivity_DraftProposal";
    public static final String GATEWAY_PROPOSAL_USABLE = "Gateway_ProposalUsable";
    public static final String END_LOST_PROPOSAL_NOT_USABLE = "EndEvent_LostProposalNotUsable";
    public static final String CHECK_PROPOSAL_POLICY = "BusinessRuleTask_CheckProposalPolicy";
    public static final String GATEWAY_PROPOSAL_NEEDS_CEO = "Gateway_ProposalNeedsCeo";
    public static final String APPROVE_PROPOSAL = "UserTask_ApproveProposal";
    public static final String GATEWAY_PROPOSAL_CEO_DECISION = "Gateway_ProposalCeoDecision";
    public static final String END_LOST_PROPOSAL_REJECTED = "EndEvent_LostProposalRejected";
    public static final String SEND_PROPOSAL = "ServiceTask_SendProposal";
    public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";
    public static final String CLIENT_ANSWERED = "MessageEvent_ClientAnswered";
    public static final String PROPOSAL_EXPIRED = "TimerEvent_ProposalExpired";
    public static final String END_LOST_PROPOSAL_EXPIRED = "EndEvent_LostProposalExpired";
    public static final String GATEWAY_CLIENT_ANSWER = "Gateway_ClientAnswer";
    public static final String END_LOST_CLIENT_DECLINED = "EndEvent_LostClientDeclined";
    public static final String GATEWAY_ROUNDS_LEFT = "Gateway_RoundsLeft";
    public static final String END_LOST_NO_AGREEMENT = "EndEvent_LostNoAgreement";
    public static final String NEGOTIATE_TERMS = "ServiceTask_NegotiateTerms";
    public static final String NEGOTIATION_BUDGET_EXCEEDED = "BoundaryEvent_NegotiationBudgetExceeded";
    public static final String DECIDE_ON_NEGOTIATION_AGENT_BUDGET = "UserTask_DecideNegotiationAgentBudget";
    public static final String END_LOST_NEGOTIATION_AGENT_BUDGET = "EndEvent_LostNegotiationAgentBudget";
    public static final String CHECK_TERMS_POLICY = "BusinessRuleTask_CheckTermsPolicy";
    public static final String GATEWAY_TERMS_NEED_CEO = "Gateway_TermsNeedCeo";
    public static final String APPROVE_TERMS = "UserTask_ApproveTerms";
    public static final String GATEWAY_TERMS_CEO_DECISION = "Gateway_TermsCeoDecision";
    public static final String END_LOST_TERMS_REJECTED = "EndEvent_LostTermsRejected";
    public static final String SEND_REVISED_TERMS = "ServiceTask_SendRevisedTerms";
    public static final String SEND_CONTRACT = "ServiceTask_SendContract";
    public static final String GATEWAY_SIGNED_ON_PAPER = "Gateway_SignedOnPaper";
    public static final String RECORD_COUNTERSIGNED_CONTRACT = "UserTask_RecordCountersignedContract";
    public static final String GATEWAY_COUNTERSIGNED = "Gateway_Countersigned";
    public static final String END_LOST_NOT_COUNTERSIGNED = "EndEvent_LostNotCountersigned";
    public static final String GATEWAY_AWAIT_SIGNATURE = "Gateway_AwaitSignature";
    public static final String CONTRACT_SIGNED = "MessageEvent_ContractSigned";
    public static final String CONTRACT_DECLINED = "MessageEvent_ContractDeclined";
    public static final String END_LOST_CONTRACT_DECLINED = "EndEvent_LostContractDeclined";
    public static final String SIGNATURE_REMINDER_DUE = "TimerEvent_SignatureReminderDue";
    public static final String GATEWAY_REMINDERS_LEFT = "Gateway_RemindersLeft";
    public static final String REMIND_SIGNER = "ServiceTask_RemindSigner";
    public static final String END_LOST_CONTRACT_EXPIRED = "EndEvent_LostContractExpired";
    public static final String SET_UP_PAYMENT = "ServiceTask_SetUpPayment";
    public static final String END_DEAL_WON = "EndEvent_DealWon";

    private Elements() {}
  }

  /** Process variables: ids, prices, counters and decisions; texts live in {@code bb_deal*} and deliverables. */
  public static final class Variables {
    // set at start
    public static final String DEAL_ID = "dealId";
    public static final String RISK = "risk";
    public static final String FOLLOW_UP_WAIT = "followUpWait";
    public static final String MAX_FOLLOW_UPS = "maxFollowUps";
    public static final String FOLLOW_UPS_SENT = "followUpsSent";
    public static final String PROPOSAL_VALIDITY = "proposalValidity";
    public static final String MAX_NEGOTIATION_ROUNDS = "maxNegotiationRounds";
    public static final String NEGOTIATION_ROUND = "negotiationRound";
    public static final String SIGNATURE_REMINDER_WAIT = "signatureReminderWait";
    public static final String MAX_SIGNATURE_REMINDERS = "maxSignatureReminders";
    public static final String SIGNATURE_REMINDERS_SENT = "signatureRemindersSent";
    // quality gate in and out
    public static final String DELIVERABLE_ID = "deliverableId";
    public static final String DELIVERABLE_TYPE = "deliverableType";
    public static final String QUALITY_OUTCOME = "qualityOutcome";
    public static final String OUTREACH_DELIVERABLE_ID = "outreachDeliverableId";
    public static final String PROPOSAL_DELIVERABLE_ID = "proposalDeliverableId";
    // approval policy
    public static final String APPROVAL_STAGE = "approvalStage";
    public static final String CEO_APPROVAL_REQUIRED = "ceoApprovalRequired";
    public static final String APPROVAL_REASON = "approvalReason";
    // needs and pricing
    public static final String NEEDS_SIZE = "needsSize";
    public static final String NEEDS_COMPLEXITY = "needsComplexity";
    public static final String BASE_PRICE = "basePrice";
    public static final String DEAL_VALUE = "dealValue";
    public static final String MARGIN_PERCENT = "marginPercent";
    public static final String BASE_MARGIN_PERCENT = "baseMarginPercent";
    public static final String DISCOUNT_PERCENT = "discountPercent";
    public static final String DELIVERY_WEEKS = "deliveryWeeks";
    // the client's answer
    public static final String CLIENT_ANSWER = "clientAnswer";
    public static final String REQUESTED_DISCOUNT_PERCENT = "requestedDiscountPercent";
    // contract and payment
    public static final String ENVELOPE_ID = "envelopeId";
    /** the envelope's status right after sending: AWAITING_COUNTERSIGNATURE means signing on paper */
    public static final String ENVELOPE_STATUS = "envelopeStatus";
    /**
     * the countersigned PDF the CEO uploads (offline signing; a File variable, removed once it is kept and filed)
     */
    public static final String COUNTERSIGNED_CONTRACT = "countersignedContract";
    /** the client's company, task-local on "Record countersigned contract" */
    public static final String CLIENT_NAME = "clientName";
    public static final String INVOICE_NUMBER = "invoiceNumber";
    // task-local on the CEO's forms
    public static final String DELIVERABLE_CONTENT = "deliverableContent";

    private Variables() {}
  }

  private DealClosingProcess() {}
}
