package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sends the revised terms of a negotiation round; the answer is awaited like the proposal's. */
@Component
class TermsSending implements TaskHandler {

  private final DealRepository deals;
  private final DealMail mail;
  private final DealProperties properties;

  TermsSending(DealRepository deals, DealMail mail, DealProperties properties) {
    this.deals = deals;
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.SEND_TERMS;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    int round = item.integer(NEGOTIATION_ROUND);
    String body = DealMail.greeting(deal) + "\n\nThank you for your counter-offer. We can offer the scope of our "
        + "proposal for " + DealTerms.money(deal.price()) + " (a discount of "
        + deal.discountPercent() + "%). Please let us know whether you accept.\n\nKind regards,\n"
        + properties.senderName();
    mail.send(deal, "terms-" + deal.id() + "-" + round, "terms-" + round, "Revised terms", body, List.of());
    return Map.of();
  }
}
