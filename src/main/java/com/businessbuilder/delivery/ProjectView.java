package com.businessbuilder.delivery;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.work.WorkTask;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProjectView(String id, String dealId, String company, String contactName, String contactEmail,
    List<String> requirements, BigDecimal price, String currency, BigDecimal depositInvoiced, String status,
    ProjectStage stage, String currentStep, String incident, LocalDate dueDate, int responseHours,
    String planProblems, String reviewFindings, String documentId, Integer rating, String feedback, String caseStudy,
    String stopReason, String processInstanceId, Instant createdAt, Instant deliveredAt, List<MilestoneView> milestones,
    List<TaskView> tasks, List<ChangeView> changes, Spend spend) {

  record MilestoneView(int seq, String name, LocalDate dueDate, BigDecimal amount, BigDecimal changeAmount,
      String status, String invoiceNumber) {}

  record TaskView(String id, String key, String title, String status, String producerRole, String reviewerRole,
      BigDecimal estimateHours, List<String> dependsOn, String milestone, Integer qaScore, String deliverableId,
      String outcomeReason) {}

  record ChangeView(String id, String request, String impact, BigDecimal price, String status) {}

  /** What the project's agents have cost against its budget. */
  record Spend(long agentCalls, BigDecimal agentCost, String currency, BigDecimal agentBudget) {}

  static ProjectView of(Project p, List<Milestone> milestones, List<WorkTask> tasks, List<ProjectChange> changes,
      PipelineBudget.Spent spent, BigDecimal budget) {
    return new ProjectView(p.id(), p.dealId(), p.company(), p.contactName(), p.contactEmail(), p.requirements(),
        p.price(), p.currency(), p.depositInvoiced(), p.status(), p.stage(), p.currentStep(), p.incident(),
        p.dueDate(), p.responseHours(), p.planProblems(), p.reviewFindings(), p.documentId(), p.rating(),
        p.feedback(), p.caseStudy(), p.stopReason(), p.runId(), p.createdAt(), p.deliveredAt(),
        milestones == null ? null : milestones.stream().map(m -> new MilestoneView(m.seq(), m.name(), m.dueDate(),
            m.amount(), m.changeAmount(), m.status(), m.invoiceNumber())).toList(),
        tasks == null ? null : tasks.stream().map(t -> new TaskView(t.id(), t.key(), t.title(), t.status().name(),
            t.producerRole(), t.reviewerRole(), t.estimateHours(), t.dependsOn(), t.group(), t.qaScore(),
            t.deliverableId(), t.outcomeReason())).toList(),
        changes == null ? null : changes.stream().map(c -> new ChangeView(c.id(), c.request(), c.impact(), c.price(),
            c.status())).toList(),
        spent == null ? null : new Spend(spent.calls(), spent.cost(), spent.currency(), budget));
  }

  /** For lists: the project without its milestones, tasks and changes. */
  static ProjectView summary(Project project) {
    return of(project, null, null, null, null, null);
  }
}
