package com.businessbuilder.agent;

/**
 * Names of {@code processes/agent-budget.bpmn}: the CEO's decision on a pipeline whose agent budget refused a call,
 * called by every pipeline that lets agents work.
 */
public final class AgentBudgetProcess {

  public static final String PROCESS_ID = "agent-budget";
  public static final String DECIDE_ON_AGENT_BUDGET = "UserTask_DecideOnAgentBudget";
  public static final String END_BUDGET_RAISED = "EndEvent_AgentBudgetRaised";
  public static final String END_BUDGET_NOT_RAISED = "EndEvent_AgentBudgetNotRaised";

  private AgentBudgetProcess() {}
}
