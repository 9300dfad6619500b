package com.businessbuilder.work;

import static com.businessbuilder.work.TaskExecutionProcess.Variables.WORK_TASK_ID;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.quality.Deliverable;
import com.businessbuilder.quality.DeliverableSpecs;
import com.businessbuilder.quality.DeliverableVersion;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.quality.NewDeliverable;
import com.businessbuilder.quality.QualityGateProcess;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Brief the task": the task becomes a deliverable for its quality gate, briefed with its description, its
 * acceptance criteria (what QA checks), the outputs of the tasks it depends on, and the guidance the CEO or the
 * final review gave when it runs again. Every run of a task is a new deliverable.
 */
@Component
class TaskBriefing implements TaskHandler {

  /** How much of an earlier output a brief carries; the producer needs its substance, not every word. */
  static final int INPUT_CHARACTERS = 1500;

  private final WorkTasks tasks;
  private final Deliverables deliverables;

  TaskBriefing(WorkTasks tasks, Deliverables deliverables) {
    this.tasks = tasks;
    this.deliverables = deliverables;
  }

  @Override
  public String topic() {
    return TaskExecutionProcess.Topics.BRIEF;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    WorkTask task = tasks.require(item.require(WORK_TASK_ID));
    Map<String, Object> brief = new HashMap<>();
    brief.put("title", task.title());
    brief.put("description", task.description());
    brief.put(DeliverableSpecs.ACCEPTANCE_CRITERIA, task.acceptanceCriteria());
    brief.put("inputs", inputs(task));
    String guidance = guidance(task, item);
    if (guidance != null) {
      brief.put("ceoGuidance", guidance);
    }
    Deliverable deliverable = deliverables.create(new NewDeliverable(DeliverableSpecs.WORK_OUTPUT, task.ownerKey(),
        task.producerRole(), task.reviewerRole(), brief));
    tasks.briefed(task.id(), deliverable.id());
    return Map.of(QualityGateProcess.Variables.DELIVERABLE_ID, deliverable.id(),
        QualityGateProcess.Variables.DELIVERABLE_TYPE, deliverable.type());
  }

  /** The final versions of the outputs this task builds on, each headed with its task's title. */
  private String inputs(WorkTask task) {
    List<WorkTask> all = tasks.tasks(task.ownerKey());
    return all.stream()
        .filter(other -> task.dependsOn().contains(other.key()) && other.deliverableId() != null
            && other.status() == WorkTaskStatus.DONE)
        .map(other -> deliverables.finalVersion(other.deliverableId())
            .map(version -> "# " + other.title() + "\n\n" + clip(version))
            .orElse(null))
        .filter(Objects::nonNull)
        .collect(Collectors.joining("\n\n"));
  }

  /** A retry after the CEO's decision carries the comment; rework after the final review carries its reason. */
  private static String guidance(WorkTask task, WorkItem item) {
    if (ApprovalDecision.APPROVE.value().equals(item.string(ApprovalDecision.VARIABLE))) {
      String comment = item.string(ApprovalDecision.COMMENT_VARIABLE);
      if (comment != null && !comment.isBlank()) {
        return comment;
      }
    }
    return task.reworks() > 0 ? task.outcomeReason() : null;
  }

  private static String clip(DeliverableVersion version) {
    String content = version.content();
    return content.length() <= INPUT_CHARACTERS ? content : content.substring(0, INPUT_CHARACTERS) + " …";
  }
}
