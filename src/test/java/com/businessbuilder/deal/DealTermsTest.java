package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DealTermsTest {

  @Test
  void aDiscountLowersThePriceAndTheMarginLeft() {
    int price = DealTerms.discountedPrice(30_000, 15);

    assertThat(price).isEqualTo(25_500);
    assertThat(DealTerms.marginPercent(30_000, 38, price)).as("cost 18,600 of 25,500").isEqualTo(27);
    assertThat(DealTerms.marginPercent(30_000, 38, 30_000)).isEqualTo(38);
  }
}
