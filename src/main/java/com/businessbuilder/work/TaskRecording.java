package com.businessbuilder.work;

import static com.businessbuilder.work.TaskExecutionProcess.Variables.*;

import com.businessbuilder.quality.QualityGateProcess;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Record the outcome": a task whose output passed QA or that the CEO accepted is done, with its QA score; any
 * other outcome (rejected, stopped by the agent budget) leaves it failed for the CEO to decide on, or, when the
 * pipeline says so ({@value #FAILED_TASKS_TO} = {@value #TO_PLANNING}), sends it back to its planner at once.
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
    boolean toPlanning = TO_PLANNING.equals(item.string(FAILED_TASKS_TO));
    String reason = "its quality gate ended " + (outcome == null ? "without an outcome" : outcome);
    if (usable) {
      tasks.done(id, item.integer(QualityGateProcess.Variables.QA_SCORE));
    } else if (toPlanning) {
      tasks.sentBackToPlanning(id, reason);
    } else {
      tasks.failed(id, reason);
    }
    return Map.of(TASK_USABLE, usable, SEND_FAILED_TO_PLANNING, toPlanning);
  }
}
