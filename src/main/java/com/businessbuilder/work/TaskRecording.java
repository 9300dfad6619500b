package com.businessbuilder.work;

import static com.businessbuilder.work.TaskExecutionProcess.Variables.TASK_USABLE;
import static com.businessbuilder.work.TaskExecutionProcess.Variables.WORK_TASK_ID;

import com.businessbuilder.quality.QualityGateProcess;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Record the outcome": a task whose output passed QA or that the CEO accepted is done, with its QA score; any
 * other outcome (rejected, stopped by the agent budget) leaves it failed for the CEO to decide on.
 */
@Component
class TaskRecording implements TaskHandler {

  static final Set<String> USABLE = Set.of("PASSED", "ACCEPTED");

  private final WorkTasks tasks;

  TaskRecording(WorkTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return TaskExecutionProcess.Topics.RECORD;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String id = item.require(WORK_TASK_ID);
    String outcome = item.string(QualityGateProcess.Variables.QUALITY_OUTCOME);
    boolean usable = USABLE.contains(outcome);
    if (usable) {
      tasks.done(id, item.integer(QualityGateProcess.Variables.QA_SCORE));
    } else {
      tasks.failed(id, "its quality gate ended " + (outcome == null ? "without an outcome" : outcome));
    }
    return Map.of(TASK_USABLE, usable);
  }
}
