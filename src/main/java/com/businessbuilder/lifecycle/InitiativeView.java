package com.businessbuilder.lifecycle;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.approval.GateRecord;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** An initiative as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InitiativeView(String id, String goal, List<String> constraints, BigDecimal budget, String currency,
    LocalDate deadline, String status, InitiativePhase phase, String currentStep, String incident,
    String processInstanceId, Instant createdAt, Instant launchedAt, Instant endedAt, Plan plan,
    Map<String, Map<String, Integer>> progress, Spend spend, List<OperationsRecords.Kpi> kpis,
    List<OperationsRecords.Finding> findings, List<Decision> decisions, List<Message> messages) {

  /** The plan: analysis, tasks, team, what the catalog lacks, cost and timeline. */
  record Plan(@JsonRawValue String analysis, List<TaskView> tasks, @JsonRawValue String team,
      String missingCapabilities, BigDecimal costEstimate, Integer timelineDays, String planProblems,
      String replanReason, String readiness) {}

  record TaskView(String id, String key, String title, String department, String milestone, String status,
      String producerRole, String reviewerRole, int priority, BigDecimal estimateHours, List<String> dependsOn,
      List<String> acceptanceCriteria, Integer qaScore, String deliverableId, String outcomeReason) {}

  /** What the initiative has used of its budget: the plan's cost and what its agents spent. */
  record Spend(BigDecimal planned, long agentCalls, BigDecimal agentCost, BigDecimal budget, BigDecimal left) {}

  record Decision(String gate, String name, String decision, String comment, String decidedBy, Instant decidedAt) {}

  record Message(String type, String text, String sentBy, Instant sentAt) {}

  static InitiativeView of(Initiative i, List<WorkTask> tasks, PipelineBudget.Spent spent,
      List<OperationsRecords.Kpi> kpis, List<OperationsRecords.Finding> findings, List<GateRecord> decisions,
      List<Message> messages) {
    BigDecimal planned = i.costEstimate() == null ? BigDecimal.ZERO : i.costEstimate();
    return new InitiativeView(i.id(), i.goal(), i.constraints(), i.budget(), i.currency(), i.deadline(), i.status(),
        i.phase(), i.currentStep(), i.incident(), i.runId(), i.createdAt(), i.launchedAt(), i.endedAt(),
        new Plan(i.analysis(), tasks.stream().map(InitiativeView::task).toList(), i.team(),
            i.missingCapabilities(), i.costEstimate(), i.timelineDays(), i.planProblems(), i.replanReason(),
            i.readiness()),
        progress(tasks),
        new Spend(planned, spent.calls(), spent.cost().setScale(2, java.math.RoundingMode.HALF_UP), i.budget(),
            i.budget().subtract(planned).subtract(spent.cost()).setScale(2, java.math.RoundingMode.HALF_UP)),
        kpis, findings,
        decisions.stream().map(d -> new Decision(d.gate(), d.name(), d.decision(), d.comment(), d.decidedBy(),
            d.closedAt())).toList(),
        messages);
  }

  /** For lists: the initiative without its plan, figures and history. */
  static InitiativeView summary(Initiative i) {
    return new InitiativeView(i.id(), i.goal(), i.constraints(), i.budget(), i.currency(), i.deadline(), i.status(),
        i.phase(), i.currentStep(), i.incident(), i.runId(), i.createdAt(), i.launchedAt(), i.endedAt(), null, null,
        null, null, null, null, null);
  }

  /** Tasks per department and status. */
  private static Map<String, Map<String, Integer>> progress(List<WorkTask> tasks) {
    return tasks.stream().collect(Collectors.groupingBy(task -> task.group() == null ? "other" : task.group(),
        TreeMap::new, Collectors.groupingBy(task -> task.status().name(), TreeMap::new,
            Collectors.summingInt(task -> 1))));
  }

  private static TaskView task(WorkTask t) {
    return new TaskView(t.id(), t.key(), t.title(), t.group(), t.milestone(), t.status().name(), t.producerRole(),
        t.reviewerRole(), t.priority(), t.estimateHours(), t.dependsOn(), t.acceptanceCriteria(), t.qaScore(),
        t.deliverableId(), t.outcomeReason());
  }

}
