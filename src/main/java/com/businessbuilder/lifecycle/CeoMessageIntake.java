package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;

/**
 * "Take in the instruction" and "Take in the strategic change": what the CEO sent becomes a reason for the planner
 * to add or change tasks (see {@link CeoMessagesTakenIn}).
 */
final class CeoMessageIntake implements TaskHandler {

  private final String topic;
  private final String messageType;
  private final String heading;
  private final CeoMessagesTakenIn messages;

  CeoMessageIntake(String topic, String messageType, String heading, CeoMessagesTakenIn messages) {
    this.topic = topic;
    this.messageType = messageType;
    this.heading = heading;
    this.messages = messages;
  }

  @Override
  public String topic() {
    return topic;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    messages.takeIn(item.require(INITIATIVE_ID), messageType, heading);
    return Map.of();
  }
}
