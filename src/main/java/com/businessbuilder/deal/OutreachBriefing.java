package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.quality.Deliverable;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.quality.NewDeliverable;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Brief the outreach writer": stores the outreach e-mail the quality gate is to produce, with the deal's facts as
 * its brief (and, after the CEO asked for changes, the comment as guidance). The deal's notes go in as internal
 * notes: the writer addresses the need they describe, QA refuses a text that quotes them.
 */
@Component
class OutreachBriefing implements TaskHandler {

  static final String TYPE = "outreach-email";
  static final String WRITER = "outreach-writer";

  private final Deliverables deliverables;
  private final DealRepository deals;
  private final DealProperties properties;

  OutreachBriefing(Deliverables deliverables, DealRepository deals, DealProperties properties) {
    this.deliverables = deliverables;
    this.deals = deals;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.BRIEF_OUTREACH;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    Map<String, Object> brief = common(deal, item, properties, deals);
    brief.put("industry", deal.data().industry());
    Deliverable outreach = deliverables.create(new NewDeliverable(TYPE, deal.id(), WRITER, null, brief));
    return Map.of(DELIVERABLE_ID, outreach.id(), DELIVERABLE_TYPE, TYPE, OUTREACH_DELIVERABLE_ID, outreach.id());
  }

  /**
   * What every client document's brief says: who it is for, who signs it, the CEO's guidance if any, and as
   * internal notes the deal's notes and what the client wrote to us, which the writer must not repeat to them.
   */
  static Map<String, Object> common(Deal deal, WorkItem item, DealProperties properties, DealRepository deals) {
    Map<String, Object> brief = new HashMap<>();
    brief.put(Brief.CLIENT_NAME, deal.data().company());
    brief.put(Brief.CONTACT_NAME, deal.data().contactName());
    brief.put("senderName", properties.senderName());
    List<String> notes = new ArrayList<>();
    if (deal.data().notes() != null && !deal.data().notes().isBlank()) {
      notes.add(deal.data().notes());
    }
    deals.messages(deal.id()).stream().filter(message -> DealMessage.IN.equals(message.direction()))
        .map(DealMessage::text).forEach(notes::add);
    brief.put(Brief.INTERNAL_NOTES, notes);
    if (ApprovalDecision.CHANGES.value().equals(item.string(ApprovalDecision.VARIABLE))) {
      brief.put("ceoGuidance", item.string(ApprovalDecision.COMMENT_VARIABLE));
    }
    return brief;
  }
}
