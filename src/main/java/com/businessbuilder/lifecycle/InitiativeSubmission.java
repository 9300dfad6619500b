package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.work.TaskExecutionProcess;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts an initiative: stores it and starts its business-lifecycle run in one transaction (correlation key =
 * initiative id). A caller's {@code Idempotency-Key} starts at most one.
 */
@Service
public class InitiativeSubmission {

  private final InitiativeRepository initiatives;
  private final ProcessRuns runs;
  private final LifecycleProperties properties;
  private final TransactionTemplate transaction;
  private final Validator validator;

  InitiativeSubmission(InitiativeRepository initiatives, ProcessRuns runs, LifecycleProperties properties,
      TransactionTemplate transaction, Validator validator) {
    this.initiatives = initiatives;
    this.runs = runs;
    this.properties = properties;
    this.transaction = transaction;
    this.validator = validator;
  }

  /**
   * Starts an initiative for the CEO's pages (the command center's form) with the checks of
   * {@code POST /api/initiatives}; a caller's key starts at most one, as there.
   *
   * @param currency a three-letter code, EUR when null
   * @return the initiative's id
   * @throws ConstraintViolationException when the goal, constraints, budget, currency or deadline is not acceptable
   */
  public String start(String goal, List<String> constraints, BigDecimal budget, String currency, LocalDate deadline,
      String caller, String idempotencyKey) {
    InitiativeRequest request = new InitiativeRequest(goal, constraints, budget, currency, deadline);
    Set<ConstraintViolation<InitiativeRequest>> problems = validator.validate(request);
    if (!problems.isEmpty()) {
      throw new ConstraintViolationException(problems);
    }
    return start(request, caller, idempotencyKey).initiative().id();
  }

  record Started(Initiative initiative, boolean earlier) {}

  Started start(InitiativeRequest request, String caller, String idempotencyKey) {
    InitiativeRequest data = request.normalized();
    IdempotencyKeys.Outcome<Initiative> outcome = IdempotencyKeys.createOnce(idempotencyKey, data, "initiative",
        key -> initiatives.findByIdempotencyKey(caller, key),
        fingerprint -> transaction.execute(status -> start(data, caller, idempotencyKey, fingerprint)));
    return new Started(outcome.created(), outcome.replayed());
  }

  private Initiative start(InitiativeRequest data, String caller, String idempotencyKey, String fingerprint) {
    String id = UUID.randomUUID().toString();
    String runId = runs.start(BusinessLifecycleProcess.PROCESS_ID, id, variables(id));
    Initiative initiative = new Initiative(id, data.goal(), data.constraints(), data.budget(), data.currency(),
        data.deadline(), Initiative.RUNNING, InitiativePhase.PLANNING, null, null, null, null, null, null, null, null,
        null, null, runId, Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null);
    initiatives.insert(initiative, caller, idempotencyKey, fingerprint);
    return initiative;
  }

  private Map<String, Object> variables(String id) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(INITIATIVE_ID, id);
    variables.put(PipelineBudget.BUDGET_VARIABLE, properties.agentBudget().doubleValue());
    variables.put(PipelineBudget.MAX_CALLS_VARIABLE, properties.maxAgentCalls());
    variables.put(MAX_PARALLEL_TASKS, properties.maxParallelTasks());
    variables.put(OPERATIONS_CYCLE, properties.operationsCycle());
    // a failed task of an initiative goes back to the planner, whose revised plan the policy may send to the CEO
    variables.put(TaskExecutionProcess.Variables.FAILED_TASKS_TO, TaskExecutionProcess.Variables.TO_PLANNING);
    return variables;
  }
}
