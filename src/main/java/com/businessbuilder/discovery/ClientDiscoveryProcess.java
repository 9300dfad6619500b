package com.businessbuilder.discovery;

/**
 * Names shared by {@code processes/client-discovery.bpmn}, its forms and decisions, and the code that drives it.
 * The model is the source of truth; these constants keep the code from scattering its ids.
 */
public final class ClientDiscoveryProcess {

  public static final String PROCESS_ID = "client-discovery";
  public static final String SCORING_DECISION = "lead-scoring";

  /** External-task topics, one per kind of work. */
  public static final class Topics {
    public static final String MARKET_RESEARCH = "market-research";
    public static final String LEAD_INTAKE = "lead-intake";
    public static final String LEAD_QUALIFICATION = "lead-qualification";
    public static final String LEAD_ENRICHMENT = "lead-enrichment";
    public static final String LEAD_SCORE_RECORDING = "lead-score-recording";
    public static final String LEAD_NURTURE = "lead-nurture";
    public static final String LEAD_HANDOVER = "lead-handover";

    private Topics() {}
  }

  /** Flow nodes the code and the tests refer to. */
  public static final class Elements {
    public static final String START_LEAD_RECEIVED = "StartEvent_LeadReceived";
    public static final String RESEARCH_MARKET = "ServiceTask_ResearchMarket";
    public static final String TAKE_IN_LEAD = "ServiceTask_TakeInLead";
    public static final String QUALIFY_LEAD = "ServiceTask_QualifyLead";
    public static final String GATEWAY_LEAD_QUALIFIED = "Gateway_LeadQualified";
    public static final String END_LEAD_DISQUALIFIED = "EndEvent_LeadDisqualified";
    public static final String ENRICH_LEAD = "ServiceTask_EnrichLead";
    public static final String SCORE_LEAD = "BusinessRuleTask_ScoreLead";
    public static final String RECORD_SCORE = "ServiceTask_RecordScore";
    public static final String GATEWAY_LEAD_TIER = "Gateway_LeadTier";
    public static final String APPROVE_PURSUING_LEAD = "UserTask_ApprovePursuingLead";
    public static final String GATEWAY_CEO_DECISION = "Gateway_CeoDecision";
    public static final String HAND_LEAD_TO_SALES = "ServiceTask_HandLeadToSales";
    public static final String END_LEAD_HANDED_TO_SALES = "EndEvent_LeadHandedToSales";
    public static final String END_LEAD_REJECTED = "EndEvent_LeadRejected";
    public static final String NURTURE_LEAD = "ServiceTask_NurtureLead";
    public static final String WAIT_BEFORE_RESCORING = "TimerEvent_WaitBeforeRescoring";
    public static final String GATEWAY_NURTURE_ROUNDS_LEFT = "Gateway_NurtureRoundsLeft";
    public static final String END_LEAD_ARCHIVED = "EndEvent_LeadArchived";
    public static final String END_LEAD_ARCHIVED_AFTER_NURTURE = "EndEvent_LeadArchivedAfterNurture";
    // an agent call refused by the pipeline budget (error AGENT_BUDGET_EXCEEDED) goes to the CEO
    public static final String RESEARCH_MARKET_BUDGET_EXCEEDED = "BoundaryEvent_ResearchMarketBudgetExceeded";
    public static final String QUALIFY_LEAD_BUDGET_EXCEEDED = "BoundaryEvent_QualifyLeadBudgetExceeded";
    public static final String ENRICH_LEAD_BUDGET_EXCEEDED = "BoundaryEvent_EnrichLeadBudgetExceeded";
    public static final String DECIDE_ON_AGENT_BUDGET = "CallActivity_DecideOnAgentBudget";
    public static final String GATEWAY_RAISE_AGENT_BUDGET = "Gateway_RaiseAgentBudget";
    public static final String GATEWAY_RESUME_AFTER_AGENT_BUDGET = "Gateway_ResumeAfterAgentBudget";
    public static final String END_DISCOVERY_STOPPED_BUDGET = "EndEvent_DiscoveryStoppedBudget";

    private Elements() {}
  }

  /**
   * Process variables: the lead's id and the facts the scoring decision and the gateways need. The lead itself,
   * and everything discovery finds out about it, lives in {@code bb_lead}.
   */
  public static final class Variables {
    public static final String LEAD_ID = "leadId";
    // inputs of the scoring decision, refreshed from the lead before every scoring
    public static final String INDUSTRY = "industry";
    public static final String EMPLOYEES = "employees";
    public static final String ANNUAL_BUDGET = "annualBudget";
    public static final String SOURCE = "source";
    public static final String NOTES = "notes";
    public static final String DIGITAL_FOOTPRINT = "digitalFootprint";
    // routing
    public static final String QUALIFIED = "qualified";
    public static final String LEAD_SCORE = "leadScore";
    public static final String TIER = "tier";
    public static final String NEXT_STEP = "nextStep";
    public static final String NURTURE_ROUND = "nurtureRound";
    public static final String MAX_NURTURE_ROUNDS = "maxNurtureRounds";
    public static final String NURTURE_WAIT = "nurtureWait";
    // shown on the CEO's "Approve pursuing lead" form only (task-local)
    public static final String COMPANY = "company";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String WEBSITE = "website";
    public static final String MARKET_SEGMENT = "marketSegment";
    public static final String SCORE_FACTORS = "scoreFactors";

    private Variables() {}
  }

  private ClientDiscoveryProcess() {}
}
