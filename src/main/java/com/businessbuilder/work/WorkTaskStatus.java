package com.businessbuilder.work;

/** Where a task stands. */
public enum WorkTaskStatus {
  /** planned, waiting for its dependencies or for a free slot */
  PLANNED,
  /** in its quality gate */
  RUNNING,
  /** its output passed QA or the CEO accepted it */
  DONE,
  /** it failed its quality gate; the CEO decides */
  FAILED,
  /** the CEO sent it back to planning; the next plan replaces it */
  REPLAN,
  /** the final review found its output lacking; it runs again */
  REWORK,
  /** the CEO dropped it, with a reason */
  DROPPED;

  public boolean open() {
    return this == PLANNED || this == RUNNING || this == FAILED || this == REWORK;
  }
}
