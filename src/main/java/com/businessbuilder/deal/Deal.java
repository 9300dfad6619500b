package com.businessbuilder.deal;

import java.time.Instant;

/** A deal as stored in {@code bb_deal}; where its run stands is read from the engine ({@link DealProgress}). */
record Deal(String id, DealRequest data, String processInstanceId, String status, String lostReason,
    String needsSummary, String needsScope, String envelopeId, String invoiceNumber, String projectBrief,
    Instant createdAt, Instant closedAt) {

  static final String OPEN = "OPEN";
  static final String WON = "WON";
  static final String LOST = "LOST";
}
