package com.businessbuilder.lifecycle;

import java.util.Map;
import java.util.Optional;

/** Where an initiative is in its lifecycle: the phase model its run calls now, or how it ended. */
public enum InitiativePhase {
  PLANNING, EXECUTION, LAUNCH, OPERATIONS, RETIRED, REJECTED, STOPPED;

  private static final Map<String, InitiativePhase> BY_CALL_ACTIVITY = Map.of(
      BusinessLifecycleProcess.Elements.PLANNING, PLANNING, BusinessLifecycleProcess.Elements.EXECUTION, EXECUTION,
      BusinessLifecycleProcess.Elements.LAUNCH, LAUNCH, BusinessLifecycleProcess.Elements.OPERATIONS, OPERATIONS);

  static Optional<InitiativePhase> ofCallActivity(String activityId) {
    return Optional.ofNullable(BY_CALL_ACTIVITY.get(activityId));
  }
}
