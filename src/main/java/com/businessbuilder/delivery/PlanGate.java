package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Approve the plan" shows the task table, the team, the cost against the price and the timeline, and the problems
 * the planner could not fix; a plan with problems cannot be approved as it is, only re-planned or rejected.
 */
@Component
class PlanGate implements PreparesGate, RecordsGateDecision {

  static final String TASKS = "planTasks";
  static final String SUMMARY = "planSummary";
  static final String PROBLEMS = "planProblems";

  private final ProjectRepository projects;
  private final WorkTasks tasks;
  private final DeliveryProperties properties;

  PlanGate(ProjectRepository projects, WorkTasks tasks, DeliveryProperties properties) {
    this.projects = projects;
    this.tasks = tasks;
    this.properties = properties;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return ServiceDeliveryProcess.Stages.PLANNING.equals(gate.processId())
        && ServiceDeliveryProcess.Elements.APPROVE_PLAN.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Project project = projects.require((String) gate.variable(PROJECT_ID));
    List<WorkTask> plan = tasks.tasks(project.id()).stream().filter(task -> task.status() != WorkTaskStatus.DROPPED)
        .toList();
    BigDecimal hours = tasks.estimatedHours(project.id());
    BigDecimal cost = hours.multiply(properties.hourlyCost());
    String summary = plan.size() + " tasks, " + hours.stripTrailingZeros().toPlainString() + " hours, estimated cost "
        + Brief.money(project.currency(), cost) + " against a price of " + Brief.money(project.currency(),
        project.price()) + "; due " + project.dueDate() + ". Team: " + String.join(", ", plan.stream()
        .map(WorkTask::producerRole).distinct().sorted().toList()) + ".";
    Map<String, Object> shown = new HashMap<>();
    shown.put(SUMMARY, summary);
    shown.put(TASKS, GateContent.excerpt(String.join("\n", WorkTasks.describe(plan)), "GET /api/projects/"
        + project.id()));
    shown.put(PROBLEMS, project.planProblems() == null ? "None." : GateContent.excerpt(project.planProblems(),
        "GET /api/projects/" + project.id()));
    return new GateContent(project.company() + ", " + Brief.money(project.currency(), project.price()),
        summary, shown);
  }

  @Override
  public boolean records(GateEvent gate) {
    return prepares(gate);
  }

  @Override
  public void decided(GateEvent gate, ApprovalDecision decision) {
    Project project = projects.require((String) gate.variable(PROJECT_ID));
    PlanCheck.refuseApprovingWithProblems(decision, project.planProblems(), true);
  }
}
