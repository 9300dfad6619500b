package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.quality.Brief;
import com.businessbuilder.quality.Deliverable;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.quality.NewDeliverable;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Brief the proposal writer": records the priced terms on the deal, and stores the proposal the quality gate is
 * to produce. Its price is the pricing decision's, so QA checks that the text states exactly that price.
 */
@Component
class ProposalBriefing implements TaskHandler {

  static final String TYPE = "proposal";
  static final String WRITER = "proposal-writer";
  /** how long after the proposal is sent the work can start */
  static final int LEAD_TIME_DAYS = 14;

  private final Deliverables deliverables;
  private final DealRepository deals;
  private final DealProperties properties;

  ProposalBriefing(Deliverables deliverables, DealRepository deals, DealProperties properties) {
    this.deliverables = deliverables;
    this.deals = deals;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.BRIEF_PROPOSAL;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    int price = item.integer(DEAL_VALUE);
    int deliveryWeeks = item.integer(DELIVERY_WEEKS);
    deals.recordTerms(deal.id(), price, 0, item.integer(MARGIN_PERCENT), deliveryWeeks);
    Map<String, Object> brief = OutreachBriefing.common(deal, item, properties, deals);
    brief.put(Brief.PRICE, price);
    brief.put(Brief.CURRENCY, WonDealRecording.CURRENCY);
    brief.put("scope", deal.needsScope());
    LocalDate start = LocalDate.now().plusDays(LEAD_TIME_DAYS);
    brief.put("startDate", start.toString());
    brief.put("deliveryDate", start.plusWeeks(deliveryWeeks).toString());
    Deliverable proposal = deliverables.create(new NewDeliverable(TYPE, deal.id(), WRITER, null, brief));
    return Map.of(DELIVERABLE_ID, proposal.id(), DELIVERABLE_TYPE, TYPE, PROPOSAL_DELIVERABLE_ID, proposal.id());
  }
}
