package com.businessbuilder.governance;

import java.time.Instant;

/**
 * The gap someone sensed between what a role does and what it should do, settled by one governance run.
 *
 * @param raisedBy who raised it: a person's user id, or the agent or monitor that did
 * @param roleId the role concerned
 * @param runId the governance run that settles it
 */
public record Tension(String id, String raisedBy, String roleId, String whatIs, String whatShouldBe, Status status,
    String runId, Instant createdAt, Instant settledAt) {

  /**
   * Open while its proposal is drafted, objected to and decided; then adopted or rejected by the CEO, or stopped when
   * its run ended without a decision (the agent budget was not raised, or the run was cancelled).
   */
  public enum Status { OPEN, ADOPTED, REJECTED, STOPPED }
}
