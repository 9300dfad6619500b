package com.businessbuilder.agent;

import com.businessbuilder.approval.ApprovalDecision;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * Prepares a "Decide on agent budget" gate ({@code forms/agent-budget.form}) when the task is created: the limits
 * that apply now, written to the pipeline so the CEO raises them in place, and the name of the step whose call was
 * refused. Each decision starts blank, whatever an earlier gate of the run decided.
 */
@Component("agentBudgetReview")
class AgentBudgetReview implements TaskListener {

  static final String CURRENCY_VARIABLE = "agentCurrency";
  static final String REFUSED_STEP_VARIABLE = "agentBudgetRefusedStep";

  private final PipelineBudget budget;

  AgentBudgetReview(PipelineBudget budget) {
    this.budget = budget;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution pipeline = task.getExecution();
    Map<String, Object> variables = pipeline.getVariables();
    pipeline.setVariable(PipelineBudget.BUDGET_VARIABLE, budget.budgetOf(variables).doubleValue());
    pipeline.setVariable(PipelineBudget.MAX_CALLS_VARIABLE, budget.maxCallsOf(variables));
    task.setVariableLocal(CURRENCY_VARIABLE, budget.currency());
    task.setVariableLocal(REFUSED_STEP_VARIABLE,
        stepName(pipeline, (String) variables.get(PipelineBudget.EXCEEDED_AT_VARIABLE)));
    pipeline.removeVariable(ApprovalDecision.VARIABLE);
    pipeline.removeVariable(ApprovalDecision.COMMENT_VARIABLE);
  }

  private static String stepName(DelegateExecution execution, String activityId) {
    if (activityId == null) {
      return "not known";
    }
    FlowElement step = execution.getBpmnModelInstance().getModelElementById(activityId);
    return step == null || step.getName() == null ? activityId : step.getName();
  }
}
