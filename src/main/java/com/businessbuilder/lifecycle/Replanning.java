package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Re-plan the open work": the planner revises the plan for the tasks sent back and the CEO's instructions, the team
 * is assembled and the plan estimated again, and the approval policy gets what changed since the CEO last approved
 * the plan: the added cost and how many working days the timeline moved.
 */
@Component
class Replanning implements TaskHandler {

  static final String STAGE = "replan";
  static final String APPROVAL_REASON = "approvalReason";

  private final InitiativeRepository initiatives;
  private final InitiativePlanner planner;
  private final TeamAssembly team;
  private final CostEstimate estimate;

  Replanning(InitiativeRepository initiatives, InitiativePlanner planner, TeamAssembly team, CostEstimate estimate) {
    this.initiatives = initiatives;
    this.planner = planner;
    this.team = team;
    this.estimate = estimate;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.REPLAN;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative before = initiatives.require(item.require(INITIATIVE_ID));
    boolean usable = planner.plan(before, item);
    Map<String, Object> result = new HashMap<>();
    result.put(PLAN_USABLE, usable);
    result.put(POLICY_STAGE, STAGE);
    result.put(COST_CHANGE, 0.0);
    result.put(DEADLINE_CHANGE_DAYS, 0);
    // an unusable plan goes to the CEO without the policy: the gate says why
    result.put(APPROVAL_REASON, usable ? "" : "The planner could not make a usable plan");
    if (usable) {
      Initiative planned = initiatives.require(before.id());
      team.assemble(planned);
      CostEstimate.Estimate after = estimate.estimate(planned);
      // measured against what the CEO last approved, so small revisions add up and a retry cannot hide one
      CostEstimate.Estimate approved = initiatives.approved(before.id()).orElse(new CostEstimate.Estimate(
          before.costEstimate() == null ? BigDecimal.ZERO : before.costEstimate(),
          before.timelineDays() == null ? 0 : before.timelineDays()));
      result.put(COST_CHANGE, after.cost().subtract(approved.cost()).doubleValue());
      result.put(DEADLINE_CHANGE_DAYS, after.days() - approved.days());
    }
    return result;
  }
}
