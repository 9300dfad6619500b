package com.businessbuilder.lifecycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bb.lifecycle.*}: how initiatives are run.
 *
 * @param agentBudget each initiative's agent budget (money), in the agents' currency
 * @param maxAgentCalls each initiative's agent calls
 * @param maxParallelTasks the most tasks of one initiative running at once
 * @param operationsCycle how often the department monitors look at a live initiative (ISO 8601 cycle)
 * @param hourlyCosts what an hour of a department's work costs, by department; others cost {@code hourlyCost}
 * @param hourlyCost what an hour of work costs in a department not listed in {@code hourlyCosts}
 * @param hoursPerDay the working hours of a day, for the timeline
 * @param stakeholders who hears of a launch (mail addresses)
 * @param overdueFollowUpDays a deal waiting on the client longer than this is a Sales finding
 */
@ConfigurationProperties("bb.lifecycle")
public record LifecycleProperties(
    @DefaultValue("40.00") BigDecimal agentBudget,
    @DefaultValue("1500") int maxAgentCalls,
    @DefaultValue("8") int maxParallelTasks,
    @DefaultValue("R/P1D") String operationsCycle,
    @DefaultValue Map<String, BigDecimal> hourlyCosts,
    @DefaultValue("60") BigDecimal hourlyCost,
    @DefaultValue("8") int hoursPerDay,
    @DefaultValue("ceo@businessbuilder.local") List<String> stakeholders,
    @DefaultValue("7") int overdueFollowUpDays) {

  public LifecycleProperties {
    if (maxParallelTasks < 1 || hoursPerDay < 1) {
      throw new IllegalArgumentException("bb.lifecycle.max-parallel-tasks and bb.lifecycle.hours-per-day must be "
          + "at least 1");
    }
    hourlyCosts = hourlyCosts == null ? Map.of() : Map.copyOf(hourlyCosts);
  }

  /** What an hour of the department's work costs. */
  public BigDecimal hourlyCost(String department) {
    return hourlyCosts.getOrDefault(department, hourlyCost);
  }
}
