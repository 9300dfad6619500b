package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.engine.camunda7.DecisionEngineSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins {@code dmn/quality-policy.dmn}: one case per rule; a rule without a case fails {@link #everyRuleHasACase}. */
class QualityPolicyDecisionTest {

  static final Path DMN = Path.of("dmn", "quality-policy.dmn");
  static final List<DmnDecisionTableEvaluationEvent> evaluations = new ArrayList<>();
  static DmnEngine dmnEngine;
  static DmnDecision policy;

  @BeforeAll
  static void parseDecision() throws IOException {
    // the DMN engine as the application's engine configures it
    DefaultDmnEngineConfiguration configuration = DecisionEngineSetup.dmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(evaluations::add));
    dmnEngine = configuration.buildEngine();
    try (InputStream dmn = Files.newInputStream(DMN)) {
      policy = dmnEngine.parseDecision(QualityGateProcess.POLICY_DECISION, dmn);
    }
  }

  /** deliverable type, the rule it must fire, minimum QA score, versions the producer may write */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("outreach-email", "DecisionRule_OutreachEmail", 75, 3),
        Arguments.of("proposal", "DecisionRule_Proposal", 85, 3),
        Arguments.of("market-brief", "DecisionRule_MarketBrief", 70, 2),
        Arguments.of("welcome-pack", "DecisionRule_OtherDeliverable", 80, 2));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void eachDeliverableTypeGetsItsThresholdAndAttempts(String type, String rule, int threshold, int attempts) {
    Evaluation evaluation = evaluate(type);

    assertThat(evaluation.firedRules()).containsExactly(rule);
    assertThat(evaluation.result().getSingleResult().getEntryMap())
        .isEqualTo(Map.of("qaThreshold", threshold, "maxAttempts", attempts));
  }

  @Test
  void everyRuleHasACase() {
    DmnModelInstance model = Dmn.readModelFromFile(DMN.toFile());
    Decision decision = model.getModelElementById(QualityGateProcess.POLICY_DECISION);
    List<String> rules = ((DecisionTable) decision.getExpression()).getRules().stream().map(Rule::getId).toList();

    assertThat(cases().map(arguments -> (String) arguments.get()[1]).toList())
        .containsExactlyInAnyOrderElementsOf(rules);
  }

  @Test
  void everyRuleCarriesAnAnnotation() {
    DmnModelInstance model = Dmn.readModelFromFile(DMN.toFile());
    Decision decision = model.getModelElementById(QualityGateProcess.POLICY_DECISION);

    assertThat(((DecisionTable) decision.getExpression()).getRules())
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
  }

  @Test
  void everyDeliverableTypeWithOwnChecksHasItsOwnRule() {
    for (String type : List.of(DeliverableSpecs.OUTREACH_EMAIL, DeliverableSpecs.PROPOSAL,
        DeliverableSpecs.MARKET_BRIEF)) {
      assertThat(evaluate(type).firedRules()).as(type).doesNotContain("DecisionRule_OtherDeliverable");
    }
  }

  static synchronized Evaluation evaluate(String deliverableType) {
    evaluations.clear();
    DmnDecisionResult result = dmnEngine.evaluateDecision(policy,
        Map.of(QualityGateProcess.Variables.DELIVERABLE_TYPE, deliverableType));
    return new Evaluation(result, evaluations.stream()
        .flatMap(event -> event.getMatchingRules().stream()).map(rule -> rule.getId()).toList());
  }

  record Evaluation(DmnDecisionResult result, List<String> firedRules) {}
}
