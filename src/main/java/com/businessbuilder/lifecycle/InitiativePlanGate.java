package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.approval.RecordsGateDecision;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.PlanCheck;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Approve the plan" shows the goal, the tasks by department, the team, what the catalog lacks, the cost against the
 * budget and the timeline against the deadline; a plan with problems cannot be approved as it is.
 */
@Component
class InitiativePlanGate implements PreparesGate, RecordsGateDecision {

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;

  InitiativePlanGate(InitiativeRepository initiatives, WorkTasks tasks) {
    this.initiatives = initiatives;
    this.tasks = tasks;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return BusinessLifecycleProcess.Phases.PLANNING.equals(gate.processId())
        && BusinessLifecycleProcess.Elements.APPROVE_PLAN.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Initiative initiative = initiatives.require((String) gate.variable(INITIATIVE_ID));
    List<WorkTask> plan = open(initiative);
    String where = "GET /api/initiatives/" + initiative.id();
    String summary = PlanSummary.of(initiative, plan);
    Map<String, Object> shown = new HashMap<>();
    shown.put("initiativeGoal", initiative.goal());
    shown.put("planSummary", summary);
    shown.put("planTasks", GateContent.excerpt(byDepartment(plan), where));
    shown.put("planTeam", GateContent.excerpt(plan.stream().map(task -> task.key() + " " + task.title() + ": "
        + task.producerRole() + ", reviewed by " + task.reviewerRole()).collect(Collectors.joining("\n")), where));
    shown.put("missingCapabilities", initiative.missingCapabilities() == null ? "None."
        : GateContent.excerpt(initiative.missingCapabilities(), where));
    String problems = (initiative.planProblems() == null ? "" : initiative.planProblems() + "\n")
        + (overBudget(initiative) ? "The plan costs more than the budget: it cannot be approved as it is." : "");
    shown.put("planProblems", problems.isBlank() ? "None." : GateContent.excerpt(problems.strip(), where));
    return new GateContent(initiative.title() + ", " + Brief.money(initiative.currency(), initiative.budget()),
        summary, shown);
  }

  @Override
  public boolean records(GateEvent gate) {
    return prepares(gate);
  }

  @Override
  public void decided(GateEvent gate, ApprovalDecision decision) {
    Initiative initiative = initiatives.require((String) gate.variable(INITIATIVE_ID));
    PlanCheck.refuseApprovingWithProblems(decision, initiative.planProblems(), true);
    if (decision == ApprovalDecision.APPROVE) {
      if (overBudget(initiative)) {
        throw new GateRefused(ApprovalDecision.VARIABLE, "Decision: this plan costs "
            + Brief.money(initiative.currency(), initiative.costEstimate()) + ", more than the budget of "
            + Brief.money(initiative.currency(), initiative.budget()) + "; request changes to cut it, or reject");
      }
      initiatives.recordApproved(initiative.id());
    } else if (decision == ApprovalDecision.REJECT) {
      Object comment = gate.variable(ApprovalDecision.COMMENT_VARIABLE);
      tasks.tasks(initiative.id()).stream().filter(task -> task.status() == WorkTaskStatus.PLANNED)
          .forEach(task -> tasks.dropped(task.id(), "The CEO rejected the plan: " + comment));
    }
  }

  static boolean overBudget(Initiative initiative) {
    return initiative.costEstimate() != null && initiative.costEstimate().compareTo(initiative.budget()) > 0;
  }

  private List<WorkTask> open(Initiative initiative) {
    return tasks.tasks(initiative.id()).stream().filter(task -> task.status() != WorkTaskStatus.DROPPED).toList();
  }

  /** The tasks as a table in words, department by department. */
  static String byDepartment(List<WorkTask> plan) {
    Map<String, List<WorkTask>> byGroup = new TreeMap<>(plan.stream().collect(Collectors.groupingBy(
        task -> task.group() == null ? "other" : task.group())));
    return byGroup.entrySet().stream().map(entry -> entry.getKey() + ":\n  " + String.join("\n  ",
            WorkTasks.describe(entry.getValue()).stream().toList()))
        .collect(Collectors.joining("\n"));
  }
}
