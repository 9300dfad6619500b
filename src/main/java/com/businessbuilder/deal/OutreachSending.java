package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.OUTREACH_DELIVERABLE_ID;

import com.businessbuilder.quality.DeliverableVersion;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sends the outreach e-mail as the quality gate passed it (or the CEO approved it). */
@Component
class OutreachSending implements TaskHandler {

  private final DealRepository deals;
  private final Deliverables deliverables;
  private final DealMail mail;

  OutreachSending(DealRepository deals, Deliverables deliverables, DealMail mail) {
    this.deals = deals;
    this.deliverables = deliverables;
    this.mail = mail;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.SEND_OUTREACH;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    String body = deliverables.finalVersion(item.string(OUTREACH_DELIVERABLE_ID)).map(DeliverableVersion::content)
        .orElseThrow(() -> new IllegalStateException("The outreach of deal " + deal.id() + " has no usable version"));
    mail.send(deal, "outreach-" + deal.id(), "outreach", "Working together, " + deal.data().company(), body,
        List.of());
    return Map.of();
  }
}
