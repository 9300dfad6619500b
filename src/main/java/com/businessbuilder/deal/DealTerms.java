package com.businessbuilder.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Prices and margins of revised terms, computed from the pricing decision's base price, never by an agent. */
final class DealTerms {

  private DealTerms() {}

  /** The price after the discount, in whole euros. */
  static int discountedPrice(int basePrice, int discountPercent) {
    return BigDecimal.valueOf(basePrice).multiply(BigDecimal.valueOf(100 - discountPercent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValueExact();
  }

  /** The margin left at the discounted price, when the base price carried {@code baseMarginPercent}. */
  static int marginPercent(int basePrice, int baseMarginPercent, int price) {
    if (price <= 0) {
      return -100;
    }
    BigDecimal cost = BigDecimal.valueOf(basePrice).multiply(BigDecimal.valueOf(100 - baseMarginPercent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return BigDecimal.valueOf(100).subtract(cost.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(price), 0, RoundingMode.HALF_UP)).intValue();
  }

  static String money(Object amount) {
    return amount == null ? "(not priced)" : "EUR " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(amount);
  }

  static String describe(Object price, Object discount, Object margin, Object requested) {
    return "Price " + money(price) + " after a discount of " + discount + "% (the client asked for "
        + (requested == null ? "a lower price" : requested + "%") + "); margin " + margin + "%.";
  }
}
