package com.businessbuilder.agent;

import com.businessbuilder.approval.ApprovalDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Completion check of a "Decide on agent budget" gate, after {@code ${approvalGate}}: the CEO either raises the
 * limits ({@code approve}) far enough for at least one more call, or stops the pipeline ({@code reject}). Raising
 * them too little would only bring the same decision back after the next refused call.
 */
@Component("agentBudgetGate")
class AgentBudgetGate implements TaskListener {

  private final PipelineBudget budget;

  AgentBudgetGate(PipelineBudget budget) {
    this.budget = budget;
  }

  @Override
  public void notify(DelegateTask task) {
    ApprovalDecision decision = ApprovalDecision.of(task.getVariable(ApprovalDecision.VARIABLE)).orElse(null);
    if (decision == ApprovalDecision.CHANGES) {
      throw new FormFieldValidationException(ApprovalDecision.VARIABLE, "'" + task.getName()
          + "': choose 'approve' to raise the limits and continue, or 'reject' to stop");
    }
    String pipeline = task.getExecution().getProcessBusinessKey();
    if (decision == ApprovalDecision.APPROVE && pipeline != null) {
      budget.refusal(pipeline, task.getVariables()).ifPresent(problem -> {
        throw new FormFieldValidationException(PipelineBudget.BUDGET_VARIABLE, "'" + task.getName()
            + "': raise " + PipelineBudget.BUDGET_VARIABLE + " or " + PipelineBudget.MAX_CALLS_VARIABLE
            + " beyond what is used. " + problem);
      });
    }
  }
}
