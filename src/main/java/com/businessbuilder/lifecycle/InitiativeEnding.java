package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;

/**
 * "Retire the initiative" and "Close the initiative" (stopped before it went live): the tasks still open are dropped
 * with the CEO's reason, so nothing of it runs on; the run's end gives the initiative its status.
 */
final class InitiativeEnding implements TaskHandler {

  private final String topic;
  private final String messageType;
  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;

  InitiativeEnding(String topic, String messageType, InitiativeRepository initiatives, WorkTasks tasks) {
    this.topic = topic;
    this.messageType = messageType;
    this.initiatives = initiatives;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return topic;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String id = item.require(INITIATIVE_ID);
    String reason = "The CEO ended the initiative: " + initiatives.latestMessage(id, messageType)
        .filter(text -> text != null && !text.isBlank()).orElse("no reason given");
    tasks.tasks(id).stream().filter(task -> !task.settled()).map(WorkTask::id)
        .forEach(taskId -> tasks.dropped(taskId, reason));
    return Map.of();
  }
}
