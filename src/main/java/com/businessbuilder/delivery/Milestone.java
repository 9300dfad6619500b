package com.businessbuilder.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone of a project: what it bills when the client accepts it.
 *
 * @param seq 1, 2, ...; the plan puts each task in one ({@code group} of the task)
 * @param changeAmount approved changes billed with this milestone
 * @param status OPEN (tasks running), DONE (reported to the client), ACCEPTED, INVOICED
 */
public record Milestone(String id, String projectId, int seq, String name, LocalDate dueDate, BigDecimal amount,
    BigDecimal changeAmount, String status, Instant reportedAt, Instant acceptedAt, String invoiceNumber,
    Instant escalatedAt) {

  public static final String OPEN = "OPEN";
  public static final String DONE = "DONE";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String INVOICED = "INVOICED";

  public BigDecimal billed() {
    return amount.add(changeAmount);
  }
}
