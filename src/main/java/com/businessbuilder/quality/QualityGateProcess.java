package com.businessbuilder.quality;

import java.util.Map;

/**
 * Names shared by {@code processes/quality-gate.bpmn}, its forms and decision, and the code that drives it.
 *
 * <p>The gate is a reusable call activity. A caller stores the deliverable first ({@link Deliverables#create}) and
 * passes {@link Variables#DELIVERABLE_ID} and {@link Variables#DELIVERABLE_TYPE} in (see {@link #startVariables}),
 * its correlation key (agent budgets count per pipeline), and maps {@link Variables#QUALITY_OUTCOME} out.
 */
public final class QualityGateProcess {

  public static final String PROCESS_ID = "quality-gate";
  public static final String POLICY_DECISION = "quality-policy";

  /** External-task topics; each is also the agent task and its prompt template under {@code agents/prompts/}. */
  public static final class Topics {
    public static final String DRAFT = "deliverable-draft";
    public static final String REVIEW = "deliverable-review";
    public static final String REVISION = "deliverable-revision";
    /** not an agent task: records the outcome on the deliverable */
    public static final String SETTLE = "deliverable-settle";

    private Topics() {}
  }

  /** Flow nodes the code and the tests refer to. */
  public static final class Elements {
    public static final String START_DELIVERABLE_REQUESTED = "StartEvent_DeliverableRequested";
    public static final String LOOK_UP_QUALITY_POLICY = "BusinessRuleTask_LookUpQualityPolicy";
    public static final String PRODUCE_DELIVERABLE = "SubProcess_ProduceDeliverable";
    public static final String GATEWAY_STEP_DUE = "Gateway_StepDue";
    public static final String DRAFT_DELIVERABLE = "ServiceTask_DraftDeliverable";
    public static final String REVIEW_DELIVERABLE = "ServiceTask_ReviewDeliverable";
    public static final String GATEWAY_REVIEW_RESULT = "Gateway_ReviewResult";
    public static final String REVISE_DELIVERABLE = "ServiceTask_ReviseDeliverable";
    public static final String END_QA_PASSED = "EndEvent_QaPassed";
    public static final String END_ATTEMPTS_USED_UP = "EndEvent_AttemptsUsedUp";
    public static final String AGENT_BUDGET_EXCEEDED = "BoundaryEvent_AgentBudgetExceeded";
    public static final String DECIDE_ON_AGENT_BUDGET = "CallActivity_DecideOnAgentBudget";
    public static final String GATEWAY_AGENT_BUDGET_DECISION = "Gateway_AgentBudgetDecision";
    public static final String GATEWAY_PASSED_QA = "Gateway_PassedQa";
    public static final String DECIDE_ON_DELIVERABLE = "UserTask_DecideOnDeliverable";
    public static final String GATEWAY_CEO_DECISION = "Gateway_CeoDecision";
    public static final String SETTLE_DELIVERABLE = "ServiceTask_SettleDeliverable";
    public static final String END_DELIVERABLE_SETTLED = "EndEvent_DeliverableSettled";

    private Elements() {}
  }

  /** Process variables: ids, counters, scores and decisions; documents live in {@code bb_deliverable*}. */
  public static final class Variables {
    // passed in by the caller
    public static final String DELIVERABLE_ID = "deliverableId";
    public static final String DELIVERABLE_TYPE = "deliverableType";
    // from the quality-policy decision
    public static final String QA_THRESHOLD = "qaThreshold";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    // set by the steps
    /** versions written so far */
    public static final String ATTEMPT = "attempt";
    /** whether the latest version still waits for its review */
    public static final String AWAITING_REVIEW = "awaitingReview";
    public static final String QA_PASSED = "qaPassed";
    public static final String QA_SCORE = "qaScore";
    /** the CEO's guidance for one more revision (the comment of "retry with guidance") */
    public static final String CEO_GUIDANCE = "ceoGuidance";
    /** PASSED, ACCEPTED, REJECTED or STOPPED, set by the model where it is decided; callers map it out */
    public static final String QUALITY_OUTCOME = "qualityOutcome";
    // task-local on the CEO's "Decide on deliverable" form
    public static final String DELIVERABLE_CONTENT = "deliverableContent";
    public static final String QA_REPORT = "qaReport";

    private Variables() {}
  }

  /** The variables a caller starts the gate with (or maps into its call activity). */
  public static Map<String, Object> startVariables(Deliverable deliverable) {
    return Map.of(Variables.DELIVERABLE_ID, deliverable.id(), Variables.DELIVERABLE_TYPE, deliverable.type());
  }

  private QualityGateProcess() {}
}
