package com.businessbuilder.deal;

/**
 * Names shared by the deal-closing models ({@code processes/deal-closing.bpmn} and its stages
 * {@code processes/deal-*.bpmn}), their forms and decisions, and the code that drives them. The models are the source
 * of truth; these constants keep the code from scattering their ids.
 */
public final class DealClosingProcess {

  public static final String PROCESS_ID = "deal-closing";
  public static final String APPROVAL_POLICY_DECISION = "approval-policy";
  public static final String PRICING_DECISION = "pricing";
  /** The error code every stage throws when it loses the deal; the error's message is the reason. */
  public static final String DEAL_LOST = "DEAL_LOST";

  /** The stage models deal closing calls, one after the other. */
  public static final class Stages {
    public static final String OUTREACH = "deal-outreach";
    public static final String REPLY = "deal-reply";
    public static final String NEEDS = "deal-needs";
    public static final String PROPOSAL = "deal-proposal";
    public static final String ANSWER = "deal-answer";
    public static final String NEGOTIATION = "deal-negotiation";
    public static final String CONTRACT = "deal-contract";
    public static final String PAYMENT = "deal-payment";

    private Stages() {}
  }

  /** External-task topics, one per kind of work; agent tasks are also the prompt names. */
  public static final class Topics {
    public static final String BRIEF_OUTREACH = "deal-brief-outreach";
    public static final String SEND_OUTREACH = "deal-send-outreach";
    public static final String SEND_FOLLOW_UP = "deal-send-follow-up";
    public static final String ASSESS_NEEDS = "deal-assess-needs";
    public static final String BRIEF_PROPOSAL = "deal-brief-proposal";
    public static final String SEND_PROPOSAL = "deal-send-proposal";
    public static final String NEGOTIATE = "deal-negotiate";
    public static final String SEND_TERMS = "deal-send-terms";
    public static final String SEND_CONTRACT = "deal-send-contract";
    public static final String REMIND_SIGNER = "deal-remind-signer";
    public static final String SET_UP_PAYMENT = "deal-setup-payment";
    public static final String RECORD_WON = "deal-record-won";
    public static final String RECORD_LOST = "deal-record-lost";

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

  /** Flow nodes the code and the tests refer to, by model. */
  public static final class Elements {
    // deal-closing: the stages
    public static final String START_DEAL_OPENED = "StartEvent_DealOpened";
    public static final String STAGE_OUTREACH = "CallActivity_Outreach";
    public static final String STAGE_AWAIT_REPLY = "CallActivity_AwaitReply";
    public static final String STAGE_NEEDS_ASSESSMENT = "CallActivity_NeedsAssessment";
    public static final String STAGE_PROPOSAL = "CallActivity_Proposal";
    public static final String STAGE_CLIENT_ANSWER = "CallActivity_ClientAnswer";
    public static final String GATEWAY_CLIENT_ANSWER = "Gateway_ClientAnswer";
    public static final String STAGE_NEGOTIATION = "CallActivity_Negotiation";
    public static final String STAGE_CONTRACT = "CallActivity_Contract";
    public static final String STAGE_PAYMENT_SETUP = "CallActivity_PaymentSetup";
    public static final String RECORD_WON_DEAL = "ServiceTask_RecordWonDeal";
    public static final String END_DEAL_WON = "EndEvent_DealWon";
    public static final String DEAL_LOST = "SubProcess_DealLost";
    public static final String STAGE_LOST_DEAL = "StartEvent_StageLostDeal";
    public static final String RECORD_LOST_DEAL = "ServiceTask_RecordLostDeal";
    public static final String END_DEAL_LOST = "EndEvent_DealLost";
    // deal-outreach
    public static final String BRIEF_OUTREACH = "ServiceTask_BriefOutreach";
    public static final String DRAFT_OUTREACH = "CallActivity_DraftOutreach";
    public static final String END_LOST_OUTREACH_NOT_USABLE = "EndEvent_LostOutreachNotUsable";
    public static final String CHECK_OUTREACH_POLICY = "BusinessRuleTask_CheckOutreachPolicy";
    public static final String APPROVE_OUTREACH = "UserTask_ApproveOutreach";
    public static final String END_LOST_OUTREACH_REJECTED = "EndEvent_LostOutreachRejected";
    public static final String SEND_OUTREACH = "ServiceTask_SendOutreach";
    // deal-reply
    public static final String GATEWAY_AWAIT_REPLY = "Gateway_AwaitReply";
    public static final String CLIENT_REPLIED = "MessageEvent_ClientReplied";
    public static final String FOLLOW_UP_DUE = "TimerEvent_FollowUpDue";
    public static final String SEND_FOLLOW_UP = "ServiceTask_SendFollowUp";
    public static final String END_LOST_NO_RESPONSE = "EndEvent_LostNoResponse";
    // deal-needs
    public static final String ASSESS_NEEDS = "ServiceTask_AssessNeeds";
    public static final String ASSESS_NEEDS_BUDGET_EXCEEDED = "BoundaryEvent_AssessNeedsBudgetExceeded";
    public static final String DECIDE_ON_NEEDS_AGENT_BUDGET = "CallActivity_DecideAssessNeedsAgentBudget";
    public static final String END_LOST_NEEDS_AGENT_BUDGET = "EndEvent_LostAssessNeedsAgentBudget";
    // deal-proposal
    public static final String PRICE_PROPOSAL = "BusinessRuleTask_PriceProposal";
    public static final String BRIEF_PROPOSAL = "ServiceTask_BriefProposal";
    public static final String DRAFT_PROPOSAL = "CallActivity_DraftProposal";
    public static final String END_LOST_PROPOSAL_NOT_USABLE = "EndEvent_LostProposalNotUsable";
    public static final String CHECK_PROPOSAL_POLICY = "BusinessRuleTask_CheckProposalPolicy";
    public static final String APPROVE_PROPOSAL = "UserTask_ApproveProposal";
    public static final String END_LOST_PROPOSAL_REJECTED = "EndEvent_LostProposalRejected";
    public static final String SEND_PROPOSAL = "ServiceTask_SendProposal";
    // deal-answer
    public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";
    public static final String CLIENT_ANSWERED = "MessageEvent_ClientAnswered";
    public static final String PROPOSAL_EXPIRED = "TimerEvent_ProposalExpired";
    public static final String END_LOST_PROPOSAL_EXPIRED = "EndEvent_LostProposalExpired";
    public static final String END_LOST_CLIENT_DECLINED = "EndEvent_LostClientDeclined";
    // deal-negotiation
    public static final String END_LOST_NO_AGREEMENT = "EndEvent_LostNoAgreement";
    public static final String NEGOTIATE_TERMS = "ServiceTask_NegotiateTerms";
    public static final String NEGOTIATION_BUDGET_EXCEEDED = "BoundaryEvent_NegotiationBudgetExceeded";
    public static final String DECIDE_ON_NEGOTIATION_AGENT_BUDGET = "CallActivity_DecideNegotiationAgentBudget";
    public static final String END_LOST_NEGOTIATION_AGENT_BUDGET = "EndEvent_LostNegotiationAgentBudget";
    public static final String CHECK_TERMS_POLICY = "BusinessRuleTask_CheckTermsPolicy";
    public static final String APPROVE_TERMS = "UserTask_ApproveTerms";
    public static final String END_LOST_TERMS_REJECTED = "EndEvent_LostTermsRejected";
    public static final String SEND_REVISED_TERMS = "ServiceTask_SendRevisedTerms";
    // deal-contract
    public static final String SEND_CONTRACT = "ServiceTask_SendContract";
    public static final String RECORD_COUNTERSIGNED_CONTRACT = "UserTask_RecordCountersignedContract";
    public static final String END_LOST_NOT_COUNTERSIGNED = "EndEvent_LostNotCountersigned";
    public static final String GATEWAY_AWAIT_SIGNATURE = "Gateway_AwaitSignature";
    public static final String CONTRACT_SIGNED = "MessageEvent_ContractSigned";
    public static final String CONTRACT_DECLINED = "MessageEvent_ContractDeclined";
    public static final String END_LOST_CONTRACT_DECLINED = "EndEvent_LostContractDeclined";
    public static final String SIGNATURE_REMINDER_DUE = "TimerEvent_SignatureReminderDue";
    public static final String REMIND_SIGNER = "ServiceTask_RemindSigner";
    public static final String END_LOST_CONTRACT_EXPIRED = "EndEvent_LostContractExpired";
    // deal-payment
    public static final String SET_UP_PAYMENT = "ServiceTask_SetUpPayment";

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
    // needs and pricing: the inputs of the decisions (the terms are also kept on the deal)
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
    /** the first words of the client's last message, for the reason a declined deal is lost with */
    public static final String CLIENT_SAID = "clientSaid";
    // contract
    public static final String ENVELOPE_ID = "envelopeId";
    /** the envelope's status right after sending: AWAITING_COUNTERSIGNATURE means signing on paper */
    public static final String ENVELOPE_STATUS = "envelopeStatus";
    /** the countersigned PDF the CEO uploads (offline signing); handed to the gate's recorder, never kept */
    public static final String COUNTERSIGNED_CONTRACT = "countersignedContract";
    /** the error message of the stage that lost the deal */
    public static final String LOST_REASON = "lostReason";
    // shown on the CEO's forms only (task-local)
    public static final String DELIVERABLE_CONTENT = "deliverableContent";
    public static final String CLIENT_NAME = "clientName";
    /** where the CEO opens the contract sent to the client ({@code /documents/<id>}) */
    public static final String CONTRACT_LINK = "contractLink";

    private Variables() {}
  }

  private DealClosingProcess() {}
}
