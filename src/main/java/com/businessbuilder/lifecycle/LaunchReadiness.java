package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Gather the readiness facts" for the launch readiness decision: the critical tasks (priority 1) that have not
 * passed QA (dropped ones were settled by the CEO), the incidents open on the initiative's runs, and the budget left
 * after the plan's cost and what the agents spent.
 */
@Component
class LaunchReadiness implements TaskHandler {

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;
  private final PipelineBudget budget;
  private final JdbcClient jdbc;

  LaunchReadiness(InitiativeRepository initiatives, WorkTasks tasks, PipelineBudget budget, JdbcClient jdbc) {
    this.initiatives = initiatives;
    this.tasks = tasks;
    this.budget = budget;
    this.jdbc = jdbc;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.READINESS;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    int criticalOpen = criticalNotPassed(tasks.tasks(initiative.id())).size();
    long incidents = jdbc.sql("select count(*) from bb_run where correlation_key = ? and status = 'RUNNING' "
        + "and incidents <> '{}'").param(initiative.id()).query(Long.class).single();
    BigDecimal left = budgetLeft(initiative);
    return Map.of(CRITICAL_TASKS_OPEN, criticalOpen, OPEN_INCIDENTS, (int) incidents, BUDGET_LEFT,
        left.doubleValue());
  }

  BigDecimal budgetLeft(Initiative initiative) {
    BigDecimal planned = initiative.costEstimate() == null ? BigDecimal.ZERO : initiative.costEstimate();
    return initiative.budget().subtract(planned).subtract(budget.spent(initiative.id()).cost());
  }

  static List<WorkTask> criticalNotPassed(List<WorkTask> all) {
    return all.stream().filter(task -> task.priority() == 1 && !task.settled()).toList();
  }

}
