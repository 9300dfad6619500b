package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.DRAFT_OUTREACH;
import static com.businessbuilder.deal.DealClosingProcess.Elements.DRAFT_PROPOSAL;
import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.quality.Deliverable;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.quality.NewDeliverable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Stores the deliverable a quality-gate call activity is about to produce (start listener of the call activities):
 * the outreach e-mail or the proposal, with the deal's facts as its brief. The proposal's price is the pricing
 * decision's, so QA checks that the text states exactly that price. After the CEO asked for changes, the comment
 * goes into the brief of the new deliverable.
 */
@Component("dealDeliverable")
class DealDeliverable implements ExecutionListener {

  static final String OUTREACH_TYPE = "outreach-email";
  static final String PROPOSAL_TYPE = "proposal";
  static final String OUTREACH_WRITER = "outreach-writer";
  static final String PROPOSAL_WRITER = "proposal-writer";
  /** how long after the proposal is sent the work can start */
  static final int LEAD_TIME_DAYS = 14;

  private final Deliverables deliverables;
  private final DealRepository deals;
  private final DealProperties properties;

  DealDeliverable(Deliverables deliverables, DealRepository deals, DealProperties properties) {
    this.deliverables = deliverables;
    this.deals = deals;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Deal deal = deals.require((String) execution.getVariable(DEAL_ID));
    Map<String, Object> brief = new HashMap<>();
    brief.put(Brief.CLIENT_NAME, deal.data().company());
    brief.put(Brief.CONTACT_NAME, deal.data().contactName());
    brief.put("senderName", properties.senderName());
    if (ApprovalDecision.CHANGES.value().equals(execution.getVariable(ApprovalDecision.VARIABLE))) {
      brief.put("ceoGuidance", execution.getVariable(ApprovalDecision.COMMENT_VARIABLE));
    }
    String activity = execution.getCurrentActivityId();
    String type;
    String producer;
    if (DRAFT_OUTREACH.equals(activity)) {
      type = OUTREACH_TYPE;
      producer = OUTREACH_WRITER;
      brief.put("industry", deal.data().industry());
      brief.put("reason", deal.data().notes());
    } else if (DRAFT_PROPOSAL.equals(activity)) {
      type = PROPOSAL_TYPE;
      producer = PROPOSAL_WRITER;
      brief.put(Brief.PRICE, execution.getVariable(DEAL_VALUE));
      brief.put(Brief.CURRENCY, "EUR");
      brief.put("scope", deal.needsScope());
      LocalDate start = LocalDate.now().plusDays(LEAD_TIME_DAYS);
      brief.put("startDate", start.toString());
      brief.put("deliveryDate", start.plusWeeks(((Number) execution.getVariable(DELIVERY_WEEKS)).longValue())
          .toString());
    } else {
      throw new IllegalStateException("No deliverable for activity " + activity);
    }
    Deliverable deliverable = deliverables.create(
        new NewDeliverable(type, execution.getProcessBusinessKey(), producer, null, brief));
    execution.setVariable(DELIVERABLE_ID, deliverable.id());
    execution.setVariable(DELIVERABLE_TYPE, type);
    execution.setVariable(DRAFT_OUTREACH.equals(activity) ? OUTREACH_DELIVERABLE_ID : PROPOSAL_DELIVERABLE_ID,
        deliverable.id());
  }
}
