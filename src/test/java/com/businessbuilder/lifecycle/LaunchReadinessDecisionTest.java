package com.businessbuilder.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.engine.camunda7.DecisionEngineSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins {@code dmn/launch-readiness.dmn}: one case per rule; a rule without a case fails
 * {@link #everyRuleHasACase}.
 */
class LaunchReadinessDecisionTest {

  static final Path READINESS = Path.of("dmn", "launch-readiness.dmn");
  static final List<DmnDecisionTableEvaluationEvent> evaluations = new ArrayList<>();
  static DmnEngine dmnEngine;
  static DmnDecision readiness;

  @BeforeAll
  static void parseDecision() throws IOException {
    // the DMN engine as the application's engine configures it
    DefaultDmnEngineConfiguration configuration = DecisionEngineSetup.dmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(evaluations::add));
    dmnEngine = configuration.buildEngine();
    try (InputStream dmn = Files.newInputStream(READINESS)) {
      readiness = dmnEngine.parseDecision(BusinessLifecycleProcess.LAUNCH_READINESS_DECISION, dmn);
    }
  }

  /** critical tasks not passed, open incidents, budget left; the rule that must decide, whether it is a go */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(2, 1, -500.0, "DecisionRule_CriticalTasksOpen", false),
        Arguments.of(0, 1, -500.0, "DecisionRule_IncidentsOpen", false),
        Arguments.of(0, 0, -0.5, "DecisionRule_BudgetSpent", false),
        Arguments.of(0, 0, 0.0, "DecisionRule_Ready", true),
        Arguments.of(0, 0, 4200.0, "DecisionRule_Ready", true));
  }

  @ParameterizedTest(name = "{0} critical open, {1} incidents, EUR {2} left -> {3}")
  @MethodSource("cases")
  void eachRuleDecidesWhetherTheInitiativeIsReadyToLaunch(int criticalTasksOpen, int openIncidents,
      double budgetLeft, String rule, boolean ready) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(BusinessLifecycleProcess.Variables.CRITICAL_TASKS_OPEN, criticalTasksOpen);
    inputs.put(BusinessLifecycleProcess.Variables.OPEN_INCIDENTS, openIncidents);
    inputs.put(BusinessLifecycleProcess.Variables.BUDGET_LEFT, budgetLeft);

    Evaluation evaluation = evaluate(inputs);

    assertThat(evaluation.firedRules()).first().isEqualTo(rule);
    assertThat(evaluation.result().getFirstResult()
        .<Boolean>getEntry(BusinessLifecycleProcess.Variables.LAUNCH_READY)).isEqualTo(ready);
    assertThat(evaluation.result().getFirstResult()
        .<String>getEntry(BusinessLifecycleProcess.Variables.READINESS_REASON)).isNotBlank();
  }

  @Test
  void everyRuleHasACase() {
    assertThat(cases().map(arguments -> (String) arguments.get()[3]).distinct().toList())
        .containsExactlyInAnyOrderElementsOf(rules().stream().map(Rule::getId).toList());
  }

  @Test
  void everyRuleCarriesAnAnnotation() {
    assertThat(rules()).allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
  }

  private static List<Rule> rules() {
    Decision decision = Dmn.readModelFromFile(READINESS.toFile())
        .getModelElementById(BusinessLifecycleProcess.LAUNCH_READINESS_DECISION);
    return List.copyOf(((DecisionTable) decision.getExpression()).getRules());
  }

  static synchronized Evaluation evaluate(Map<String, Object> inputs) {
    evaluations.clear();
    DmnDecisionResult result = dmnEngine.evaluateDecision(readiness, inputs);
    return new Evaluation(result, evaluations.stream()
        .flatMap(event -> event.getMatchingRules().stream()).map(rule -> rule.getId()).toList());
  }

  record Evaluation(DmnDecisionResult result, List<String> firedRules) {}
}
