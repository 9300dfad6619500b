package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTasks;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Approve the improvements": the tasks the monitors' findings became, with their roles and estimates. */
@Component
class ImprovementGate implements PreparesGate {

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;

  ImprovementGate(InitiativeRepository initiatives, WorkTasks tasks) {
    this.initiatives = initiatives;
    this.tasks = tasks;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return BusinessLifecycleProcess.Phases.OPERATIONS.equals(gate.processId())
        && BusinessLifecycleProcess.Elements.APPROVE_IMPROVEMENTS.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Initiative initiative = initiatives.require((String) gate.variable(INITIATIVE_ID));
    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) gate.variable(IMPROVEMENT_TASK_IDS);
    List<WorkTask> improvements = ids == null ? List.of() : ids.stream().map(tasks::require).toList();
    Object cost = gate.variable(COST_CHANGE);
    String summary = improvements.size() + " improvement tasks from cycle " + gate.variable(PERIOD) + ", costing "
        + Brief.money(initiative.currency(), new java.math.BigDecimal(cost == null ? "0" : cost.toString())) + ":\n"
        + String.join("\n", WorkTasks.describe(improvements));
    return new GateContent(initiative.title(), summary, Map.of("improvementSummary",
        GateContent.excerpt(summary, "GET /api/initiatives/" + initiative.id())));
  }
}
