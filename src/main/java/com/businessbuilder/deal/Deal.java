package com.businessbuilder.deal;

import java.time.Instant;

/**
 * A deal as {@code bb_deal} keeps it: the client, what was learnt and agreed, and where its run stands. The deal's
 * one home: the views read it, the steps write to it.
 *
 * @param runId the deal's deal-closing run
 * @param stage the stage its run is in, or WON / LOST once closed (kept in step by {@link DealRunProjection})
 * @param currentStep the steps the run waits at, as a person reads them
 * @param price the price offered now (the pricing decision's, or after a negotiation round)
 */
record Deal(String id, DealRequest data, String runId, String status, DealStage stage, String currentStep,
    String incident, String lostReason, String needsSummary, String needsScope, Integer price,
    Integer discountPercent, Integer marginPercent, Integer deliveryWeeks, String envelopeId, String invoiceNumber,
    String projectBrief, Instant createdAt, Instant closedAt) {

  static final String OPEN = "OPEN";
  static final String WON = "WON";
  static final String LOST = "LOST";
  /** its run was cancelled from outside (an operator deleted it) */
  static final String CANCELLED = "CANCELLED";
}
