package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.*;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.deal.DealWon;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.system.web.IdempotencyKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a project: stores it and starts its service-delivery run in one transaction (correlation key = project
 * id). A won deal opens at most one project; a caller's {@code Idempotency-Key} at most one.
 */
@Service
class ProjectSubmission {

  private final ProjectRepository projects;
  private final ProcessRuns runs;
  private final DeliveryProperties properties;
  private final TransactionTemplate transaction;

  ProjectSubmission(ProjectRepository projects, ProcessRuns runs, DeliveryProperties properties,
      TransactionTemplate transaction) {
    this.projects = projects;
    this.runs = runs;
    this.properties = properties;
    this.transaction = transaction;
  }

  record Opened(Project project, boolean earlier) {}

  Opened open(ProjectRequest request, String caller, String idempotencyKey) {
    ProjectRequest data = request.normalized(properties.defaultDeliveryWeeks());
    IdempotencyKeys.Outcome<Project> outcome = IdempotencyKeys.createOnce(idempotencyKey, data, "project",
        key -> projects.findByIdempotencyKey(caller, key),
        fingerprint -> transaction.execute(status -> start(new Draft(null, data.company(), data.contactName(),
            data.contactEmail(), brief(data), data.requirements(), data.price(), data.currency(), BigDecimal.ZERO,
            data.deliveryWeeks(), data.risk()), caller, idempotencyKey, fingerprint)));
    return new Opened(outcome.created(), outcome.replayed());
  }

  /** The project a won deal becomes, in the caller's transaction; a deal delivered again finds its project. */
  Opened open(DealWon won) {
    Optional<Project> existing = projects.findByDeal(won.dealId());
    if (existing.isPresent()) {
      return new Opened(existing.get(), true);
    }
    int weeks = won.deliveryWeeks() == null ? properties.defaultDeliveryWeeks() : won.deliveryWeeks();
    return new Opened(start(new Draft(won.dealId(), won.company(), won.contactName(), won.contactEmail(),
        won.projectBrief(), Requirements.from(won.scope(), won.needs()), won.price(), won.currency(),
        won.depositInvoiced() == null ? BigDecimal.ZERO : won.depositInvoiced(), weeks,
        won.risk() == null ? "low" : won.risk()), null, null, null), false);
  }

  private record Draft(String dealId, String company, String contactName, String contactEmail, String brief,
      java.util.List<String> requirements, BigDecimal price, String currency, BigDecimal deposit, int weeks,
      String risk) {}

  private Project start(Draft draft, String caller, String idempotencyKey, String fingerprint) {
    String id = UUID.randomUUID().toString();
    String runId = runs.start(ServiceDeliveryProcess.PROCESS_ID, id, variables(id, draft));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Project project = new Project(id, draft.dealId(), draft.company(), draft.contactName(), draft.contactEmail(),
        draft.brief(), draft.requirements(), draft.price(), draft.currency(), draft.deposit(), draft.weeks(),
        draft.risk(), Project.RUNNING, ProjectStage.PLANNING, null, null, properties.responseHours(),
        LocalDate.now().plusWeeks(draft.weeks()), null, 0, null, null, null, null, null, null, runId, now, null);
    projects.insert(project, caller, idempotencyKey, fingerprint);
    return project;
  }

  private Map<String, Object> variables(String id, Draft draft) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PROJECT_ID, id);
    variables.put(RISK, draft.risk());
    variables.put(PROJECT_PRICE, draft.price().doubleValue());
    variables.put(PipelineBudget.BUDGET_VARIABLE, properties.agentBudget().doubleValue());
    variables.put(PipelineBudget.MAX_CALLS_VARIABLE, properties.maxAgentCalls());
    variables.put(MAX_PARALLEL_TASKS, properties.maxParallelTasks());
    variables.put(MAX_REVIEW_ROUNDS, properties.maxReviewRounds());
    variables.put(PROGRESS_REPORT_CYCLE, properties.progressReportCycle());
    variables.put(DEADLINE_CHECK_CYCLE, properties.deadlineCheckCycle());
    variables.put(FEEDBACK_REMINDER_CYCLE, properties.feedbackReminderCycle());
    variables.put(FEEDBACK_DEADLINE, properties.feedbackDeadline());
    variables.put(ACCEPTANCE_REMINDER_WAIT, properties.acceptanceReminderWait());
    variables.put(REPLAN_NEEDED, false);
    variables.put(OPEN_MILESTONES, -1);
    return variables;
  }

  private static String brief(ProjectRequest data) {
    StringBuilder brief = new StringBuilder("# Project brief: ").append(data.company()).append("\n\n");
    brief.append("- Price: ").append(data.currency()).append(' ').append(data.price().toPlainString()).append('\n');
    brief.append("- Delivery: ").append(data.deliveryWeeks()).append(" weeks\n\n## Requirements\n\n");
    data.requirements().forEach(requirement -> brief.append("- ").append(requirement).append('\n'));
    if (!data.brief().isBlank()) {
      brief.append("\n## Notes\n\n").append(data.brief()).append('\n');
    }
    return brief.toString();
  }
}
