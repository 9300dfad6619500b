package com.businessbuilder.approval;

import java.util.Arrays;
import java.util.Optional;

/**
 * The convention of every CEO gate: the form sets {@link #VARIABLE decision} to one of these values and
 * {@link #COMMENT_VARIABLE comment} to the CEO's words.
 */
public enum ApprovalDecision {
  APPROVE("approve"),
  CHANGES("changes"),
  REJECT("reject");

  public static final String VARIABLE = "decision";
  public static final String COMMENT_VARIABLE = "comment";

  private final String value;

  ApprovalDecision(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** Asking for changes or rejecting must say why, so the producer or the record knows what to do with it. */
  public boolean needsComment() {
    return this != APPROVE;
  }

  public static Optional<ApprovalDecision> of(Object value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
  }
}
