package com.businessbuilder.approval;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Completion check of every CEO gate ({@code camunda:taskListener event="complete"
 * delegateExpression="${approvalGate}"}): refuses a completion without a valid decision, or without a comment
 * where the decision needs one, before the process moves on. The engine's REST API answers such a refusal with
 * 400 and the message, and Tasklist shows it on the form.
 */
@Component("approvalGate")
class ApprovalGate implements TaskListener {

  private static final String ALLOWED = Arrays.stream(ApprovalDecision.values())
      .map(ApprovalDecision::value).collect(Collectors.joining(", "));

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(ApprovalDecision.VARIABLE);
    ApprovalDecision decision = ApprovalDecision.of(value).orElseThrow(() -> new FormFieldValidationException(
        ApprovalDecision.VARIABLE, "'" + task.getName() + "' needs a decision, one of " + ALLOWED
            + (value == null ? "" : "; got '" + value + "'")));
    Object comment = task.getVariable(ApprovalDecision.COMMENT_VARIABLE);
    if (decision.needsComment() && (comment == null || comment.toString().isBlank())) {
      throw new FormFieldValidationException(ApprovalDecision.COMMENT_VARIABLE,
          "'" + task.getName() + "': say why in the comment when you choose '" + decision.value() + "'");
    }
  }
}
