package com.businessbuilder.deal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The handoff from client discovery (start listener of its end event "Lead handed to sales"): opens the lead's deal
 * in the same transaction, so an approved lead is never left without its deal. Discovery knows only the bean name;
 * the lead's fields come from its run's variables.
 */
@Component("dealHandoff")
class DealHandoff implements ExecutionListener {

  /** discovery does not judge risk; the CEO who approved the lead can raise it on the deal later */
  static final String DEFAULT_RISK = "low";

  private final DealSubmission submission;

  DealHandoff(DealSubmission submission) {
    this.submission = submission;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String leadId = text(execution, "leadId");
    submission.open(new DealRequest(leadId != null ? leadId : execution.getProcessBusinessKey(),
        text(execution, "company"), null, text(execution, "contactEmail"), text(execution, "industry"),
        number(execution, "employees"), execution.getVariable("annualBudget") instanceof Number n ? n.longValue()
            : null, text(execution, "notes"), DEFAULT_RISK));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static Integer number(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof Number n ? n.intValue() : null;
  }
}
