package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Approve the launch" and "Decide on the blocked launch" show what the readiness decision said and where the
 * initiative stands: tasks done, QA scores, budget left.
 */
@Component
class LaunchGate implements PreparesGate {

  private static final Set<String> GATES = Set.of(BusinessLifecycleProcess.Elements.APPROVE_LAUNCH,
      BusinessLifecycleProcess.Elements.DECIDE_ON_BLOCKED_LAUNCH);

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;
  private final LaunchReadiness readiness;

  LaunchGate(InitiativeRepository initiatives, WorkTasks tasks, LaunchReadiness readiness) {
    this.initiatives = initiatives;
    this.tasks = tasks;
    this.readiness = readiness;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return BusinessLifecycleProcess.Phases.LAUNCH.equals(gate.processId()) && GATES.contains(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Initiative initiative = initiatives.require((String) gate.variable(INITIATIVE_ID));
    List<WorkTask> all = tasks.tasks(initiative.id());
    long done = all.stream().filter(task -> task.status() == WorkTaskStatus.DONE).count();
    long dropped = all.stream().filter(task -> task.status() == WorkTaskStatus.DROPPED).count();
    double averageScore = all.stream().filter(task -> task.qaScore() != null).mapToInt(WorkTask::qaScore)
        .average().orElse(0);
    String summary = done + " of " + all.size() + " tasks done (" + dropped + " dropped), average QA score "
        + Math.round(averageScore) + "; budget left " + Brief.money(initiative.currency(),
        readiness.budgetLeft(initiative)) + " of " + Brief.money(initiative.currency(), initiative.budget())
        + "; deadline " + initiative.deadline() + ".";
    return new GateContent(initiative.title(), summary, Map.of("launchSummary", summary));
  }
}
