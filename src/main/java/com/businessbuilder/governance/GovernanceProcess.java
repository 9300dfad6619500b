package com.businessbuilder.governance;

/**
 * Names shared by {@code processes/governance.bpmn}, its form and the code that drives it. A run settles one tension
 * (correlation key = the tension's id).
 */
public final class GovernanceProcess {

  public static final String PROCESS_ID = "governance";
  public static final String FORM = "governance-proposal";

  public static final class Topics {
    public static final String DRAFT = "governance-draft-proposal";
    public static final String OBJECTIONS = "governance-objections";
    public static final String INTEGRATE = "governance-integrate";

    private Topics() {}
  }

  /** Flow nodes the code and the tests refer to. */
  public static final class Elements {
    public static final String TENSION_RAISED = "StartEvent_TensionRaised";
    public static final String WORK_OUT_PROPOSAL = "SubProcess_WorkOutProposal";
    public static final String DRAFT_PROPOSAL = "ServiceTask_DraftProposal";
    public static final String COLLECT_OBJECTIONS = "ServiceTask_CollectObjections";
    public static final String INTEGRATE_OBJECTIONS = "ServiceTask_IntegrateObjections";
    public static final String DECIDE_ON_PROPOSAL = "UserTask_DecideOnProposal";
    public static final String PROPOSAL_ADOPTED = "EndEvent_ProposalAdopted";
    public static final String PROPOSAL_REJECTED = "EndEvent_ProposalRejected";
    public static final String DECIDE_AGENT_BUDGET = "CallActivity_DecideAgentBudget";
    public static final String STOPPED_BUDGET_NOT_RAISED = "EndEvent_StoppedBudgetNotRaised";

    private Elements() {}
  }

  /** Process variables: ids, counters and the facts gateways route on; the rest is in bb_tension and bb_governance*. */
  public static final class Variables {
    public static final String TENSION_ID = "tensionId";
    public static final String OBJECTION_COUNT = "objectionCount";
    public static final String INTEGRATION_ROUND = "integrationRound";
    public static final String MAX_INTEGRATION_ROUNDS = "maxIntegrationRounds";

    private Variables() {}
  }

  private GovernanceProcess() {}
}
