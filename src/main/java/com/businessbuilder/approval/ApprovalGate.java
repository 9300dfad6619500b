package com.businessbuilder.approval;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The listener of every CEO gate, registered for both events ({@code camunda:taskListener event="create"} and
 * {@code event="complete"} with {@code delegateExpression="${approvalGate}"}).
 *
 * <p>On create it clears the decision and comment an earlier gate of the same process left behind, so the form
 * opens empty and a completion without a decision cannot slip through on a stale value. On complete it refuses a
 * completion without a valid decision, or without a comment where the decision needs one, before the process moves
 * on. The engine's REST API answers such a refusal with 400 and the message, and Tasklist shows it on the form.
 */
@Component("approvalGate")
class ApprovalGate implements TaskListener {

  private static final String ALLOWED = Arrays.stream(ApprovalDecision.values())
      .map(ApprovalDecision::value).collect(Collectors.joining(", "));

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(ApprovalDecision.VARIABLE);
      task.getExecution().removeVariable(ApprovalDecision.COMMENT_VARIABLE);
      return;
    }
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
