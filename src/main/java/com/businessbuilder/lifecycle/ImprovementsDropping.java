package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** "Drop the improvements": the CEO said no; the cycle's improvement tasks are dropped with the CEO's reason. */
@Component
class ImprovementsDropping implements TaskHandler {

  private final OperationsRecords records;
  private final WorkTasks tasks;

  ImprovementsDropping(OperationsRecords records, WorkTasks tasks) {
    this.records = records;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.IMPROVEMENTS_DROP;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String initiativeId = item.require(INITIATIVE_ID);
    Set<String> keys = records.findings(initiativeId, Integer.parseInt(item.require(PERIOD))).stream()
        .map(OperationsRecords.Finding::taskKey).collect(Collectors.toSet());
    String reason = "The CEO declined: " + item.stringOr(ApprovalDecision.COMMENT_VARIABLE, "no reason given");
    tasks.tasks(initiativeId).stream()
        .filter(task -> keys.contains(task.key()) && task.status() == WorkTaskStatus.PLANNED)
        .forEach(task -> tasks.dropped(task.id(), reason));
    return Map.of();
  }
}
