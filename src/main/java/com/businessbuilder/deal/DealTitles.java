package com.businessbuilder.deal;

import com.businessbuilder.approval.PipelineTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A deal's gates are titled with its client and, once priced, the price at stake: "Acme Robotics, EUR 30,000", or
 * "Acme Robotics, EUR 25,500 after 15% discount" when negotiated.
 */
@Component
class DealTitles implements PipelineTitles {

  private final DealRepository deals;

  DealTitles(DealRepository deals) {
    this.deals = deals;
  }

  @Override
  public Optional<String> title(String correlationKey) {
    return deals.find(correlationKey).map(deal -> deal.data().company() + (deal.price() == null ? ""
        : ", " + DealTerms.money(deal.price()) + (deal.discountPercent() == null || deal.discountPercent() == 0
            ? "" : " after " + deal.discountPercent() + "% discount")));
  }
}
