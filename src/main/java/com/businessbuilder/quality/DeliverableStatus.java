package com.businessbuilder.quality;

/** Where a deliverable stands; the four final states are also the gate's {@code qualityOutcome}. */
public enum DeliverableStatus {
  /** the producer and QA are working on it, or the CEO has not decided yet */
  IN_PROGRESS,
  /** QA passed a version */
  PASSED,
  /** QA did not pass it, the CEO accepted the latest version as it is */
  ACCEPTED,
  /** the CEO rejected it */
  REJECTED,
  /** the CEO stopped the pipeline when it reached its agent budget */
  STOPPED;

  /** Whether the deliverable has a version the caller can use. */
  public boolean usable() {
    return this == PASSED || this == ACCEPTED;
  }
}
