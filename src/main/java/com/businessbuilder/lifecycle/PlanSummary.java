package com.businessbuilder.lifecycle;

import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.WorkTask;
import java.time.LocalDate;
import java.util.List;

/** The plan in one paragraph: size, cost against budget, finish against deadline, team, milestones. */
final class PlanSummary {

  private PlanSummary() {}

  static String of(Initiative initiative, List<WorkTask> plan) {
    String cost = initiative.costEstimate() == null ? "not estimated"
        : Brief.money(initiative.currency(), initiative.costEstimate());
    String finish = initiative.timelineDays() == null ? "not estimated"
        : initiative.timelineDays() + " working days (done about " + LocalDate.now().plusDays(
            Math.round(initiative.timelineDays() * 7 / 5.0)) + ")";
    return plan.size() + " tasks in " + plan.stream().map(WorkTask::group).distinct().count() + " departments; "
        + "estimated cost " + cost + " against a budget of " + Brief.money(initiative.currency(),
        initiative.budget()) + "; timeline " + finish + " against the deadline " + initiative.deadline()
        + ". Milestones: " + String.join(", ", plan.stream().map(WorkTask::milestone).filter(m -> m != null)
        .distinct().toList()) + ". Team: " + String.join(", ", plan.stream().map(WorkTask::producerRole).distinct()
        .sorted().toList()) + ".";
  }
}
