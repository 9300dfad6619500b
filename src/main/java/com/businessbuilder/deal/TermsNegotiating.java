package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The negotiator proposes a discount for the client's counter-offer; the price and the margin left are computed
 * here from the pricing decision's base price, and the approval policy then decides whether the CEO must agree.
 */
@Component
class TermsNegotiating implements TaskHandler {

  static final String ROLE = "negotiator";

  private final DealRepository deals;
  private final Agents agents;

  TermsNegotiating(DealRepository deals, Agents agents) {
    this.deals = deals;
    this.agents = agents;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.NEGOTIATE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    int basePrice = item.integer(BASE_PRICE);
    int baseMargin = item.integer(BASE_MARGIN_PERCENT);
    int round = item.integer(NEGOTIATION_ROUND) + 1;
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("company", deal.data().company());
    inputs.put("basePrice", basePrice);
    inputs.put("baseMarginPercent", baseMargin);
    inputs.put("currentDiscountPercent", item.integer(DISCOUNT_PERCENT));
    inputs.put("requestedDiscountPercent", item.integer(REQUESTED_DISCOUNT_PERCENT));
    inputs.put("counterOffer", deals.messages(deal.id()).stream().filter(m -> DealMessage.IN.equals(m.direction()))
        .reduce((first, second) -> second).map(DealMessage::text).orElse(""));
    inputs.put("round", round);
    inputs.put("maxRounds", item.integer(MAX_NEGOTIATION_ROUNDS));
    RevisedTerms terms = agents.ask(new Assignment(ROLE, topic(), item, inputs), RevisedTerms.class);
    int price = DealTerms.discountedPrice(basePrice, terms.discountPercent());
    int margin = DealTerms.marginPercent(basePrice, baseMargin, price);
    deals.recordTerms(deal.id(), price, terms.discountPercent(), margin, null);
    // the approval policy decides on these
    Map<String, Object> result = new HashMap<>();
    result.put(NEGOTIATION_ROUND, round);
    result.put(DISCOUNT_PERCENT, terms.discountPercent());
    result.put(DEAL_VALUE, price);
    result.put(MARGIN_PERCENT, margin);
    return result;
  }
}
