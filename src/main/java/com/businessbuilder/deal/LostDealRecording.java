package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.LOST_REASON;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Record lost deal": closes the deal as lost with the reason the stage that lost it gave (its error message, in
 * the model), and publishes {@link DealLost} in the same transaction. A retried task finds the deal closed and
 * publishes nothing again.
 */
@Component
class LostDealRecording implements TaskHandler {

  private final DealRepository deals;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  LostDealRecording(DealRepository deals, ApplicationEventPublisher events, TransactionTemplate transaction) {
    this.deals = deals;
    this.events = events;
    this.transaction = transaction;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.RECORD_LOST;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    String reason = item.stringOr(LOST_REASON, "Lost without a reason");
    String cut = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    transaction.executeWithoutResult(status -> {
      if (deals.close(deal.id(), Deal.LOST, cut, null)) {
        events.publishEvent(new DealLost(deal.id(), deal.data().leadId(), deal.data().company(), cut));
      }
    });
    return Map.of();
  }
}
