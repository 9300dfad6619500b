package com.businessbuilder.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the CEO wants the company to achieve, and where the agents are with it.
 *
 * @param constraints what the plan must respect, in the CEO's words
 * @param budget the money the initiative may cost (the agents' work and what the plan buys)
 * @param analysis the analyst's structured findings (JSON of {@link GoalAnalysis.Findings})
 * @param team the role chosen for each task (JSON of {@link TeamAssembly.Member} list)
 * @param missingCapabilities what the goal needs that no role of the catalog can do
 * @param replanReason why the open work must be planned again (a CEO instruction, a strategic change)
 * @param readiness the launch readiness decision's last reason
 */
public record Initiative(String id, String goal, List<String> constraints, BigDecimal budget, String currency,
    LocalDate deadline, String status, InitiativePhase phase, String currentStep, String incident, String analysis,
    String team, String missingCapabilities, BigDecimal costEstimate, Integer timelineDays, String planProblems,
    String replanReason, String readiness, String runId, Instant createdAt, Instant launchedAt, Instant endedAt) {

  public static final String RUNNING = "RUNNING";
  public static final String RETIRED = "RETIRED";
  public static final String REJECTED = "REJECTED";
  public static final String STOPPED = "STOPPED";
  public static final String CANCELLED = "CANCELLED";

  public Initiative {
    constraints = List.copyOf(constraints);
  }

  /** A short name for lists, gates and mails: the goal's first words. */
  public String title() {
    return titleOf(goal);
  }

  /** The short name of an initiative with this goal, for readers of {@code bb_initiative} (the command center). */
  public static String titleOf(String goal) {
    String firstLine = goal.strip().lines().findFirst().orElse("");
    return firstLine.length() <= 80 ? firstLine : firstLine.substring(0, 79) + "…";
  }
}
