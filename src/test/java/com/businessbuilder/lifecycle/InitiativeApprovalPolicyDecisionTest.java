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
 * Pins {@code dmn/initiative-approval-policy.dmn}: one case per rule (and its thresholds); a rule without a case fails
 * {@link #everyRuleHasACase}.
 */
class InitiativeApprovalPolicyDecisionTest {

  static final Path POLICY = Path.of("dmn", "initiative-approval-policy.dmn");
  static final List<DmnDecisionTableEvaluationEvent> evaluations = new ArrayList<>();
  static DmnEngine dmnEngine;
  static DmnDecision policy;

  @BeforeAll
  static void parseDecision() throws IOException {
    // the DMN engine as the application's engine configures it
    DefaultDmnEngineConfiguration configuration = DecisionEngineSetup.dmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(evaluations::add));
    dmnEngine = configuration.buildEngine();
    try (InputStream dmn = Files.newInputStream(POLICY)) {
      policy = dmnEngine.parseDecision(BusinessLifecycleProcess.CHANGE_POLICY_DECISION, dmn);
    }
  }

  /** stage, added cost (EUR), deadline moved by (days); the rule that must decide, whether the CEO must approve */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("replan", 2000.0, 0, "DecisionRule_CostlyRevision", true),
        Arguments.of("replan", 3500.0, 10, "DecisionRule_CostlyRevision", true),
        Arguments.of("replan", 1999.99, 7, "DecisionRule_LateRevision", true),
        Arguments.of("replan", 1999.99, 6, "DecisionRule_SmallRevision", false),
        Arguments.of("replan", -400.0, -3, "DecisionRule_SmallRevision", false),
        Arguments.of("improvement", 1000.0, 30, "DecisionRule_CostlyImprovements", true),
        Arguments.of("improvement", 999.0, 30, "DecisionRule_SmallImprovements", false),
        Arguments.of("pivot", 0.0, 0, "DecisionRule_UnknownStage", true),
        Arguments.of(null, 0.0, 0, "DecisionRule_UnknownStage", true));
  }

  @ParameterizedTest(name = "{0}, EUR {1} added, deadline +{2} days -> {3}")
  @MethodSource("cases")
  void eachRuleDecidesWhetherTheCeoMustApprove(String stage, double costChange, int deadlineChangeDays, String rule,
      boolean ceo) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(BusinessLifecycleProcess.Variables.POLICY_STAGE, stage);
    inputs.put(BusinessLifecycleProcess.Variables.COST_CHANGE, costChange);
    inputs.put(BusinessLifecycleProcess.Variables.DEADLINE_CHANGE_DAYS, deadlineChangeDays);

    Evaluation evaluation = evaluate(inputs);

    assertThat(evaluation.firedRules()).first().isEqualTo(rule);
    assertThat(evaluation.result().getFirstResult().<Boolean>getEntry("ceoApprovalRequired")).isEqualTo(ceo);
    assertThat(evaluation.result().getFirstResult().<String>getEntry("approvalReason")).isNotBlank();
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
    Decision decision = Dmn.readModelFromFile(POLICY.toFile())
        .getModelElementById(BusinessLifecycleProcess.CHANGE_POLICY_DECISION);
    return List.copyOf(((DecisionTable) decision.getExpression()).getRules());
  }

  static synchronized Evaluation evaluate(Map<String, Object> inputs) {
    evaluations.clear();
    DmnDecisionResult result = dmnEngine.evaluateDecision(policy, inputs);
    return new Evaluation(result, evaluations.stream()
        .flatMap(event -> event.getMatchingRules().stream()).map(rule -> rule.getId()).toList());
  }

  record Evaluation(DmnDecisionResult result, List<String> firedRules) {}
}
