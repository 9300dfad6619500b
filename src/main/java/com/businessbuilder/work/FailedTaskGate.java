package com.businessbuilder.work;

import static com.businessbuilder.work.TaskExecutionProcess.Variables.WORK_TASK_ID;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.quality.DeliverableVersion;
import com.businessbuilder.quality.Deliverables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Decide on the failed task" shows the task (what it asked, its acceptance criteria) and its last output with the
 * QA report, so the CEO can retry it with guidance, send it back to planning or drop it.
 */
@Component
class FailedTaskGate implements PreparesGate {

  static final String TASK = "workTask";
  static final String LAST_OUTPUT = "lastOutput";

  private final WorkTasks tasks;
  private final Deliverables deliverables;

  FailedTaskGate(WorkTasks tasks, Deliverables deliverables) {
    this.tasks = tasks;
    this.deliverables = deliverables;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return TaskExecutionProcess.PROCESS_ID.equals(gate.processId())
        && TaskExecutionProcess.Elements.DECIDE_ON_FAILED_TASK.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    WorkTask task = tasks.require((String) gate.variable(WORK_TASK_ID));
    Map<String, Object> shown = new HashMap<>();
    shown.put(TASK, GateContent.excerpt(task.title() + "\n\n" + task.description() + "\n\nAcceptance criteria:\n"
        + bullets(task.acceptanceCriteria()) + "\nProduced by " + task.producerRole() + ", reviewed by "
        + task.reviewerRole() + "; attempt " + task.attempts() + ".", "GET /api/deliverables/" + task.deliverableId()));
    String fullText = "GET /api/deliverables/" + task.deliverableId();
    List<DeliverableVersion> versions = task.deliverableId() == null ? List.of()
        : deliverables.versions(task.deliverableId());
    shown.put(LAST_OUTPUT, versions.isEmpty() ? "No output was written (" + task.outcomeReason() + ")."
        : GateContent.excerpt(last(versions), fullText));
    return new GateContent("task " + task.key() + " " + task.title(), "Task " + task.key() + " failed: "
        + task.outcomeReason(), shown);
  }

  private static String last(List<DeliverableVersion> versions) {
    DeliverableVersion last = versions.get(versions.size() - 1);
    return "Version " + last.version() + (last.reviewed() ? "\n\nQA report:\n" + last.qaReport().asText() : "")
        + "\n\n" + last.content();
  }

  private static String bullets(List<String> items) {
    StringBuilder text = new StringBuilder();
    items.forEach(item -> text.append("- ").append(item).append('\n'));
    return text.toString();
  }
}
