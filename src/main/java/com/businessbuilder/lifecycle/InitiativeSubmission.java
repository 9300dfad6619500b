package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.work.TaskExecutionProcess;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts an initiative: stores it and starts its business-lifecycle run in one transaction (correlation key =
 * initiative id). A caller's {@code Idempotency-Key} starts at most one.
 */
@Service
class InitiativeSubmission {

  private final InitiativeRepository initiatives;
  private final ProcessRuns runs;
  private final LifecycleProperties properties;
  private final TransactionTemplate transaction;

  InitiativeSubmission(InitiativeRepository initiatives, ProcessRuns runs, LifecycleProperties properties,
      TransactionTemplate transaction) {
    this.initiatives = initiatives;
    this.runs = runs;
    this.properties = properties;
    this.transaction = transaction;
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
