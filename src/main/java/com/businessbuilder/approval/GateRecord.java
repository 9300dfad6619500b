package com.businessbuilder.approval;

import java.time.Instant;

/**
 * A CEO gate as {@code bb_gate} keeps it: when it opened, what it was about, and what the CEO decided.
 *
 * @param id the gate (task) id
 * @param gate the gate's element in its model
 * @param status OPEN, DECIDED, or WITHDRAWN (gone without a decision)
 */
public record GateRecord(String id, String gate, String name, String processId, String runId,
    String correlationKey, String summary, String status, Instant openedAt, Instant closedAt, String decision,
    String comment, String decidedBy) {

  public static final String OPEN = "OPEN";
  public static final String DECIDED = "DECIDED";
  public static final String WITHDRAWN = "WITHDRAWN";
}
