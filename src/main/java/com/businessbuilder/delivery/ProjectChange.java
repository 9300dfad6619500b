package com.businessbuilder.delivery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change the client asked for while the project runs.
 *
 * @param status REQUESTED, ASSESSED, APPLIED or DECLINED
 */
public record ProjectChange(String id, String projectId, String request, String impact, BigDecimal addedHours,
    BigDecimal price, String status, Instant decidedAt, Instant createdAt) {

  public static final String REQUESTED = "REQUESTED";
  public static final String ASSESSED = "ASSESSED";
  public static final String APPLIED = "APPLIED";
  public static final String DECLINED = "DECLINED";

  public boolean open() {
    return REQUESTED.equals(status) || ASSESSED.equals(status);
  }
}
