package com.businessbuilder.discovery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Explains a lead's latest score: the matched rules of the {@code lead-scoring} decision, as the engine recorded
 * them in its decision history, each with its annotation and points. The rules stay in the DMN only.
 */
@Component
class LeadScoreFactors {

  static final String SCORING_DECISION = "lead-scoring";

  private final HistoryService history;
  private final RepositoryService repository;
  private final Map<String, DmnModelInstance> modelsByDefinitionId = new ConcurrentHashMap<>();

  LeadScoreFactors(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  List<ScoreFactor> of(String processInstanceId) {
    List<HistoricDecisionInstance> latest = history.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId)
        .decisionDefinitionKey(SCORING_DECISION)
        .includeOutputs()
        .orderByEvaluationTime().desc()
        .listPage(0, 1);
    if (latest.isEmpty()) {
      return List.of();
    }
    HistoricDecisionInstance evaluation = latest.get(0);
    DmnModelInstance model = modelsByDefinitionId.computeIfAbsent(evaluation.getDecisionDefinitionId(),
        repository::getDmnModelInstance);
    return evaluation.getOutputs().stream()
        .map(output -> new ScoreFactor(annotation(model, output), points(output)))
        .toList();
  }

  static String asText(List<ScoreFactor> factors) {
    return factors.isEmpty() ? "No scoring rule matched"
        : String.join("\n", factors.stream().map(ScoreFactor::asLine).toList());
  }

  private static String annotation(DmnModelInstance model, HistoricDecisionOutputInstance output) {
    Rule rule = model.getModelElementById(output.getRuleId());
    if (rule == null || rule.getDescription() == null || rule.getDescription().getTextContent().isBlank()) {
      return "Rule " + output.getRuleId();
    }
    return rule.getDescription().getTextContent().trim();
  }

  private static long points(HistoricDecisionOutputInstance output) {
    return output.getValue() instanceof Number number ? number.longValue() : 0;
  }
}
