package com.businessbuilder.work;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a planner makes its plan again, in words for its prompt: what the pipeline asked for (an approved change, the
 * CEO's instruction), the tasks sent back with their reasons, and the CEO's comment when the CEO asked for changes
 * at the plan's gate.
 */
public final class ReplanReasons {

  private ReplanReasons() {}

  /**
   * @param requested the pipeline's own reason to plan again, or null
   * @param current the owner's tasks as they are now
   * @param item the planning task, which carries the CEO's decision at the plan's gate
   */
  public static String of(String requested, List<WorkTask> current, WorkItem item) {
    List<String> reasons = new ArrayList<>();
    if (requested != null) {
      reasons.add(requested);
    }
    current.stream().filter(task -> task.status() == WorkTaskStatus.REPLAN)
        .forEach(task -> reasons.add("Task " + task.key() + " (" + task.title() + ") was sent back: "
            + task.outcomeReason()));
    if (ApprovalDecision.CHANGES.value().equals(item.string(ApprovalDecision.VARIABLE))) {
      reasons.add("The CEO asked for changes to the plan: " + item.string(ApprovalDecision.COMMENT_VARIABLE));
    }
    // a first plan retried after it was stored must ask its first question again
    boolean firstPlan = current.stream().allMatch(task -> task.status() == WorkTaskStatus.PLANNED);
    return reasons.isEmpty() ? (firstPlan ? "This is the first plan." : "Plan the open work again.")
        : String.join("\n", reasons);
  }
}
