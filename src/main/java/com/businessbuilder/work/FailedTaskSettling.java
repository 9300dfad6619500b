package com.businessbuilder.work;

import static com.businessbuilder.work.TaskExecutionProcess.Variables.WORK_TASK_ID;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Settle the failed task", after the CEO decided on it: {@code changes} sends it back to planning with the
 * CEO's comment as what to change, {@code reject} drops it with the comment as the reason. (A retry,
 * {@code approve}, never reaches this step: the model briefs the task again.)
 */
@Component
class FailedTaskSettling implements TaskHandler {

  private final WorkTasks tasks;

  FailedTaskSettling(WorkTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return TaskExecutionProcess.Topics.SETTLE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String id = item.require(WORK_TASK_ID);
    String comment = item.string(ApprovalDecision.COMMENT_VARIABLE);
    if (ApprovalDecision.CHANGES.value().equals(item.string(ApprovalDecision.VARIABLE))) {
      tasks.sentBackToPlanning(id, comment);
    } else {
      tasks.dropped(id, comment);
    }
    return Map.of();
  }
}
