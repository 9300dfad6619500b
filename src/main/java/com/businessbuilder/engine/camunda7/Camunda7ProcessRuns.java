package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.DecisionTrail;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.engine.RunNotWaiting;
import com.businessbuilder.engine.RunState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine port on an embedded Camunda 7 engine. A run's correlation key is also its business key (readable in
 * Cockpit), and every call activity passes both on, so messages correlate by business key whichever called run
 * waits for them.
 */
@Component
class Camunda7ProcessRuns implements ProcessRuns, DecisionTrail {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final RunRecords runs;
  private final TransactionTemplate transaction;
  private final Map<String, DmnModelInstance> decisionModels = new ConcurrentHashMap<>();

  Camunda7ProcessRuns(RuntimeService runtime, TaskService tasks, HistoryService history,
      RepositoryService repository, RunRecords runs, TransactionTemplate transaction) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.runs = runs;
    this.transaction = transaction;
  }

  /** How often work that lost a race for a run is tried; pauses grow by 20 ms, a quarter second in all. */
  static final int CONFLICT_ATTEMPTS = 5;

  @Override
  public void inOneTransaction(Runnable work) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> work.run());
        return;
      } catch (OptimisticLockingException conflict) {
        if (attempt == CONFLICT_ATTEMPTS) {
          throw new RunBusy(conflict);
        }
        pause(attempt * 20L);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to try again", interrupted);
    }
  }

  @Override
  public String start(String processId, String correlationKey, Map<String, Object> variables) {
    Map<String, Object> withKey = new HashMap<>(variables);
    withKey.put(CORRELATION_KEY, correlationKey);
    return runtime.startProcessInstanceByKey(processId, correlationKey, withKey).getId();
  }

  @Override
  public void correlate(String message, String correlationKey, Map<String, Object> variables) {
    // asked first: a failed correlation would leave the caller's transaction marked for rollback
    if (runtime.createExecutionQuery().processInstanceBusinessKey(correlationKey)
        .messageEventSubscriptionName(message).count() == 0) {
      throw new RunNotWaiting(message, correlationKey);
    }
    try {
      runtime.createMessageCorrelation(message).processInstanceBusinessKey(correlationKey)
          .setVariables(variables).correlateWithResult();
    } catch (MismatchingMessageCorrelationException raced) {
      // another message got there first
      throw new RunNotWaiting(message, correlationKey);
    }
  }

  @Override
  public Optional<RunState> state(String runId) {
    return runs.find(runId).map(RunRecord::state);
  }

  @Override
  public List<Gate> openGates(String correlationKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(correlationKey).orderByTaskCreateTime().asc().list()
        .stream().map(task -> new Gate(task.getId(), task.getTaskDefinitionKey(), task.getName(),
            task.getProcessInstanceId()))
        .toList();
  }

  @Override
  public void completeGate(String gateId, Map<String, Object> variables) {
    try {
      tasks.complete(gateId, variables);
    } catch (NotFoundException | NullValueException gone) {
      throw new NoSuchGate(gateId);
    } catch (FormFieldValidationException refused) {
      throw new GateRefused(String.valueOf((Object) refused.getDetail()), refused.getMessage());
    }
  }

  @Override
  public List<MatchedRule> latest(String runId, String decisionId) {
    List<HistoricDecisionInstance> latest = history.createHistoricDecisionInstanceQuery()
        .processInstanceId(runId)
        .decisionDefinitionKey(decisionId)
        .includeOutputs()
        .orderByEvaluationTime().desc()
        .listPage(0, 1);
    if (latest.isEmpty()) {
      return List.of();
    }
    HistoricDecisionInstance evaluation = latest.get(0);
    DmnModelInstance model = decisionModels.computeIfAbsent(evaluation.getDecisionDefinitionId(),
        repository::getDmnModelInstance);
    Map<String, Map<String, Object>> outputsByRule = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
      outputsByRule.computeIfAbsent(output.getRuleId(), rule -> new LinkedHashMap<>())
          .put(output.getVariableName(), output.getValue());
    }
    List<MatchedRule> rules = new ArrayList<>();
    outputsByRule.forEach((ruleId, outputs) -> rules.add(new MatchedRule(ruleId, annotation(model, ruleId), outputs)));
    return rules;
  }

  private static String annotation(DmnModelInstance model, String ruleId) {
    Rule rule = model.getModelElementById(ruleId);
    if (rule == null || rule.getDescription() == null || rule.getDescription().getTextContent().isBlank()) {
      return null;
    }
    return rule.getDescription().getTextContent().trim();
  }
}
