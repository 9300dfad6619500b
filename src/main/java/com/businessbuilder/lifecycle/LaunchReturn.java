package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Return the failing items to execution": the critical tasks that have not passed are reworked with the readiness
 * reason as guidance, and what the CEO said when holding the launch becomes an instruction for the planner. Nothing
 * to return (an incident, the budget) leaves the launch to the CEO.
 */
@Component
class LaunchReturn implements TaskHandler {

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;

  LaunchReturn(InitiativeRepository initiatives, WorkTasks tasks) {
    this.initiatives = initiatives;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.LAUNCH_RETURN;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    String reason = item.stringOr(READINESS_REASON, "the launch readiness check");
    initiatives.recordReadiness(initiative.id(), reason);
    List<WorkTask> failing = LaunchReadiness.criticalNotPassed(tasks.tasks(initiative.id()));
    tasks.rework(failing.stream().map(WorkTask::id).toList(), "Not ready for launch: " + reason);
    int returned = failing.size();
    String decision = item.string(ApprovalDecision.VARIABLE);
    String comment = item.string(ApprovalDecision.COMMENT_VARIABLE);
    if (decision != null && !ApprovalDecision.APPROVE.value().equals(decision) && comment != null
        && !comment.isBlank()) {
      String instruction = "Before the launch, the CEO asks: " + comment.strip();
      if (initiative.replanReason() == null || !initiative.replanReason().contains(instruction)) {
        initiatives.requestReplan(initiative.id(), instruction);
      }
      returned++;
    }
    return Map.of(REWORK_COUNT, returned, LAUNCH_GO, false);
  }
}
