package com.businessbuilder.agent;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import org.springframework.stereotype.Component;

/** Keeps why the agent budget refused a call with the CEO's "Decide on agent budget" gate. */
@Component
class AgentBudgetGate implements PreparesGate {

  @Override
  public boolean prepares(GateEvent gate) {
    return AgentBudgetProcess.PROCESS_ID.equals(gate.processId())
        && AgentBudgetProcess.DECIDE_ON_AGENT_BUDGET.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Object problem = gate.variable(PipelineBudget.PROBLEM_VARIABLE);
    return GateContent.summary(problem == null ? null : problem.toString());
  }
}
