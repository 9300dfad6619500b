package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Estimate cost and timeline": the cost is each task's estimate at its department's hourly cost (the price table,
 * {@code bb.lifecycle.hourly-costs}); the timeline is the longest chain of dependent tasks in working days, as
 * tasks run in parallel when their dependencies allow. Dropped tasks count for nothing.
 */
@Component
class CostEstimate implements TaskHandler {

  /** What the plan costs and how many working days it takes. */
  record Estimate(BigDecimal cost, int days) {}

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;
  private final LifecycleProperties properties;

  CostEstimate(InitiativeRepository initiatives, WorkTasks tasks, LifecycleProperties properties) {
    this.initiatives = initiatives;
    this.tasks = tasks;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.ESTIMATE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    estimate(initiatives.require(item.require(INITIATIVE_ID)));
    return Map.of();
  }

  Estimate estimate(Initiative initiative) {
    List<WorkTask> plan = tasks.tasks(initiative.id()).stream()
        .filter(task -> task.status() != WorkTaskStatus.DROPPED).toList();
    BigDecimal cost = plan.stream().map(task -> task.estimateHours().multiply(properties.hourlyCost(task.group())))
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    Map<String, WorkTask> byKey = plan.stream().collect(Collectors.toMap(WorkTask::key, Function.identity()));
    Map<String, BigDecimal> finish = new HashMap<>();
    BigDecimal longest = plan.stream().map(task -> finish(task, byKey, finish)).reduce(BigDecimal.ZERO,
        BigDecimal::max);
    int days = longest.divide(BigDecimal.valueOf(properties.hoursPerDay()), 0, RoundingMode.CEILING).intValue();
    initiatives.recordEstimate(initiative.id(), cost, days);
    return new Estimate(cost, days);
  }

  /** The hours until the task can be finished: its own estimate after its longest chain of dependencies. */
  private static BigDecimal finish(WorkTask task, Map<String, WorkTask> byKey, Map<String, BigDecimal> known) {
    BigDecimal done = known.get(task.key());
    if (done != null) {
      return done;
    }
    BigDecimal start = task.dependsOn().stream().map(byKey::get).filter(dependency -> dependency != null)
        .map(dependency -> finish(dependency, byKey, known)).reduce(BigDecimal.ZERO, BigDecimal::max);
    BigDecimal end = start.add(task.estimateHours());
    known.put(task.key(), end);
    return end;
  }
}
