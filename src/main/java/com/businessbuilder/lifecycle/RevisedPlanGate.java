package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.approval.RecordsGateDecision;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.PlanCheck;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Approve the revised plan": a re-plan the approval policy sends to the CEO (it adds cost or moves the deadline
 * beyond a threshold) or that the planner could not make usable; one with problems can only be sent back.
 */
@Component
class RevisedPlanGate implements PreparesGate, RecordsGateDecision {

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;

  RevisedPlanGate(InitiativeRepository initiatives, WorkTasks tasks) {
    this.initiatives = initiatives;
    this.tasks = tasks;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return BusinessLifecycleProcess.Phases.EXECUTION.equals(gate.processId())
        && BusinessLifecycleProcess.Elements.APPROVE_REVISED_PLAN.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Initiative initiative = initiatives.require((String) gate.variable(INITIATIVE_ID));
    List<WorkTask> plan = tasks.tasks(initiative.id()).stream()
        .filter(task -> task.status() != WorkTaskStatus.DROPPED).toList();
    String summary = initiative.planProblems() == null ? change(initiative) + " Revised plan: "
        + PlanSummary.of(initiative, plan) : "The planner could not revise the plan: " + initiative.planProblems();
    Map<String, Object> shown = new HashMap<>();
    shown.put("revisionSummary", summary);
    shown.put("planTasks", GateContent.excerpt(InitiativePlanGate.byDepartment(plan), "GET /api/initiatives/"
        + initiative.id()));
    return new GateContent(initiative.title(), summary, shown);
  }

  /** What the revision changes against the plan the CEO last approved. */
  private String change(Initiative initiative) {
    return initiatives.approved(initiative.id()).map(approved -> "Approved: " + Brief.money(initiative.currency(),
            approved.cost()) + " and " + approved.days() + " working days; now " + Brief.money(initiative.currency(),
            initiative.costEstimate()) + " and " + initiative.timelineDays() + " working days. Why: "
            + (initiative.replanReason() == null ? "tasks sent back or the CEO's words" : initiative.replanReason())
            + ".")
        .orElse("");
  }

  @Override
  public boolean records(GateEvent gate) {
    return prepares(gate);
  }

  @Override
  public void decided(GateEvent gate, ApprovalDecision decision) {
    Initiative initiative = initiatives.require((String) gate.variable(INITIATIVE_ID));
    PlanCheck.refuseApprovingWithProblems(decision, initiative.planProblems(), false);
    if (decision == ApprovalDecision.APPROVE) {
      initiatives.recordApproved(initiative.id());
    }
  }
}
