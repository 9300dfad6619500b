package com.businessbuilder.delivery;

import java.util.Arrays;
import java.util.Optional;

/** Where a project stands: the stage model its run is in, or how it ended. */
public enum ProjectStage {
  PLANNING(ServiceDeliveryProcess.Elements.PLANNING),
  EXECUTION(ServiceDeliveryProcess.Elements.EXECUTION),
  REVIEW(ServiceDeliveryProcess.Elements.REVIEW),
  COMPLETION(ServiceDeliveryProcess.Elements.COMPLETION),
  /** reported and rated; waiting for the client to accept the remaining milestones */
  ACCEPTANCE(null),
  DELIVERED(null),
  STOPPED(null);

  private final String callActivity;

  ProjectStage(String callActivity) {
    this.callActivity = callActivity;
  }

  static Optional<ProjectStage> ofCallActivity(String activityId) {
    return Arrays.stream(values()).filter(stage -> stage.callActivity != null && stage.callActivity.equals(activityId))
        .findFirst();
  }
}
