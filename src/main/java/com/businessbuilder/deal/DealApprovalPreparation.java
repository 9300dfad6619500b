package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.APPROVE_OUTREACH;
import static com.businessbuilder.deal.DealClosingProcess.Elements.APPROVE_PROPOSAL;
import static com.businessbuilder.deal.DealClosingProcess.Elements.RECORD_COUNTERSIGNED_CONTRACT;
import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.quality.DeliverableVersion;
import com.businessbuilder.quality.Deliverables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts what the CEO decides on onto the form (create listener of the deal's CEO gates), as a task-local variable
 * so it never becomes process data: the outreach e-mail or the proposal as QA passed it, the revised terms, or the
 * contract waiting for its countersigned PDF (with the client's name).
 */
@Component("dealApprovalPreparation")
class DealApprovalPreparation implements TaskListener {

  /** below the 4,000 characters a string variable keeps in its column */
  static final int MAX_SHOWN = 3_800;

  private final Deliverables deliverables;
  private final DealRepository deals;

  DealApprovalPreparation(Deliverables deliverables, DealRepository deals) {
    this.deliverables = deliverables;
    this.deals = deals;
  }

  @Override
  public void notify(DelegateTask task) {
    String activity = task.getTaskDefinitionKey();
    String content;
    if (APPROVE_OUTREACH.equals(activity) || APPROVE_PROPOSAL.equals(activity)) {
      String id = (String) task.getVariable(APPROVE_OUTREACH.equals(activity) ? OUTREACH_DELIVERABLE_ID
          : PROPOSAL_DELIVERABLE_ID);
      content = shown(deliverables.finalVersion(id).map(DeliverableVersion::content).orElse("(no usable version)"),
          "GET /api/deliverables/" + id);
    } else if (RECORD_COUNTERSIGNED_CONTRACT.equals(activity)) {
      String client = deals.find((String) task.getVariable(DEAL_ID)).map(deal -> deal.data().company())
          .orElse("(unknown client)");
      task.setVariableLocal(CLIENT_NAME, client);
      content = "Contract " + task.getVariable(ENVELOPE_ID) + " with " + client + " for "
          + DealTerms.money(task.getVariable(DEAL_VALUE)) + " (discount " + task.getVariable(DISCOUNT_PERCENT) + "%), sent to the client to sign on paper.";
    } else {
      content = DealTerms.describe(task.getVariable(DEAL_VALUE), task.getVariable(DISCOUNT_PERCENT),
          task.getVariable(MARGIN_PERCENT), task.getVariable(REQUESTED_DISCOUNT_PERCENT));
    }
    task.setVariableLocal(DELIVERABLE_CONTENT, content);
  }

  /** A form shows a short text; the full document stays one request away. */
  static String shown(String text, String fullText) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    String more = "\n\n[... cut here; the full text: " + fullText + "]";
    return text.substring(0, MAX_SHOWN - more.length()) + more;
  }
}
