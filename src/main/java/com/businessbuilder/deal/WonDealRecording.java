package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Record won deal": closes the deal as won with the project brief delivery starts from, and publishes
 * {@link DealWon} in the same transaction. A retried task finds the deal closed and publishes nothing again.
 */
@Component
class WonDealRecording implements TaskHandler {

  static final String CURRENCY = "EUR";

  private final DealRepository deals;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  private final DealProperties properties;

  WonDealRecording(DealRepository deals, ApplicationEventPublisher events, TransactionTemplate transaction,
      DealProperties properties) {
    this.deals = deals;
    this.events = events;
    this.transaction = transaction;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.RECORD_WON;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    String brief = projectBrief(deal);
    transaction.executeWithoutResult(status -> {
      if (deals.close(deal.id(), Deal.WON, null, brief)) {
        events.publishEvent(new DealWon(deal.id(), deal.data().leadId(), deal.data().company(),
            deal.data().contactName(), deal.data().contactEmail(),
            deal.price() == null ? null : BigDecimal.valueOf(deal.price()), CURRENCY, deal.deliveryWeeks(),
            deal.invoiceNumber(), deal.price() == null ? BigDecimal.ZERO : properties.deposit(deal.price()),
            deal.needsSummary(), deal.needsScope(), deal.data().risk(), brief));
      }
    });
    return Map.of();
  }

  static String projectBrief(Deal deal) {
    return "# Project brief: " + deal.data().company() + "\n\n"
        + "- Contact: " + (deal.data().contactName() == null ? "" : deal.data().contactName() + " ")
        + "<" + deal.data().contactEmail() + ">\n"
        + "- Price: " + DealTerms.money(deal.price()) + " (discount " + deal.discountPercent() + "%)\n"
        + "- Delivery: " + deal.deliveryWeeks() + " weeks\n"
        + "- Invoice: " + deal.invoiceNumber() + "\n\n"
        + "## Needs\n\n" + deal.needsSummary() + "\n\n## Scope\n\n" + deal.needsScope() + "\n";
  }
}
