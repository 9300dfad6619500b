package com.businessbuilder.deal;

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
 * Pins {@code dmn/approval-policy.dmn} and {@code dmn/pricing.dmn}: one case per rule; a rule without a case fails
 * {@link #everyApprovalRuleHasACase}.
 */
class ApprovalPolicyDecisionTest {

  static final Path APPROVAL = Path.of("dmn", "approval-policy.dmn");
  static final Path PRICING = Path.of("dmn", "pricing.dmn");
  static final List<DmnDecisionTableEvaluationEvent> evaluations = new ArrayList<>();
  static DmnEngine dmnEngine;
  static DmnDecision approval;
  static DmnDecision pricing;

  @BeforeAll
  static void parseDecisions() throws IOException {
    // the DMN engine as the application's engine configures it
    DefaultDmnEngineConfiguration configuration = DecisionEngineSetup.dmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(evaluations::add));
    dmnEngine = configuration.buildEngine();
    try (InputStream dmn = Files.newInputStream(APPROVAL)) {
      approval = dmnEngine.parseDecision(DealClosingProcess.APPROVAL_POLICY_DECISION, dmn);
    }
    try (InputStream dmn = Files.newInputStream(PRICING)) {
      pricing = dmnEngine.parseDecision(DealClosingProcess.PRICING_DECISION, dmn);
    }
  }

  /** stage, deal value, discount, margin, risk; the rule that must decide, whether the CEO must approve */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("outreach", null, 0, null, "high", "DecisionRule_OutreachHighRisk", true),
        Arguments.of("outreach", null, 0, null, "low", "DecisionRule_OutreachStandard", false),
        Arguments.of("proposal", 65000, 0, 38, "low", "DecisionRule_LargeDeal", true),
        Arguments.of("terms", 25500, 15, 27, "low", "DecisionRule_LargeDiscount", true),
        Arguments.of("terms", 28500, 5, 29, "medium", "DecisionRule_ThinMargin", true),
        Arguments.of("proposal", 30000, 0, 38, "high", "DecisionRule_HighRisk", true),
        Arguments.of("proposal", 30000, 0, 38, "medium", "DecisionRule_WithinPolicy", false),
        Arguments.of("terms", 28500, 5, 35, "low", "DecisionRule_WithinPolicy", false),
        Arguments.of("change", 5000, 0, null, "low", "DecisionRule_LargeChange", true),
        Arguments.of("change", 960, 0, null, "high", "DecisionRule_ChangeHighRisk", true),
        Arguments.of("change", 4999, 0, null, "medium", "DecisionRule_SmallChange", false));
  }

  @ParameterizedTest(name = "{0} {1} -{2}% margin {3}% risk {4} -> {5}")
  @MethodSource("cases")
  void eachRuleDecidesWhetherTheCeoMustApprove(String stage, Integer value, int discount, Integer margin,
      String risk, String rule, boolean ceo) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("approvalStage", stage);
    inputs.put("dealValue", value);
    inputs.put("discountPercent", discount);
    inputs.put("marginPercent", margin);
    inputs.put("risk", risk);

    Evaluation evaluation = evaluate(approval, inputs);

    assertThat(evaluation.firedRules()).first().isEqualTo(rule);
    assertThat(evaluation.result().getFirstResult().<Boolean>getEntry("ceoApprovalRequired")).isEqualTo(ceo);
    assertThat(evaluation.result().getFirstResult().<String>getEntry("approvalReason")).isNotBlank();
  }

  @Test
  void everyApprovalRuleHasACase() {
    assertThat(cases().map(arguments -> (String) arguments.get()[5]).distinct().toList())
        .containsExactlyInAnyOrderElementsOf(rules(APPROVAL, DealClosingProcess.APPROVAL_POLICY_DECISION));
  }

  @Test
  void everyRuleCarriesAnAnnotation() {
    for (var file : List.of(APPROVAL, PRICING)) {
      Decision decision = Dmn.readModelFromFile(file.toFile())
          .getModelElementById(file.equals(APPROVAL) ? DealClosingProcess.APPROVAL_POLICY_DECISION
              : DealClosingProcess.PRICING_DECISION);
      assertThat(((DecisionTable) decision.getExpression()).getRules())
          .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
    }
  }

  @Test
  void everySizeAndComplexityHasOnePriceThatGrowsWithBoth() {
    List<String> sizes = List.of("small", "medium", "large");
    List<String> complexities = List.of("low", "medium", "high");
    int previousSize = 0;
    for (String size : sizes) {
      int previous = 0;
      for (String complexity : complexities) {
        Evaluation evaluation = evaluate(pricing, Map.of("needsSize", size, "needsComplexity", complexity));
        assertThat(evaluation.firedRules()).hasSize(1);
        int price = evaluation.result().getSingleResult().<Integer>getEntry("price");
        assertThat(price).as(size + "/" + complexity).isGreaterThan(previous);
        assertThat(evaluation.result().getSingleResult().<Integer>getEntry("marginPercent")).isBetween(30, 50);
        previous = price;
      }
      assertThat(previous).isGreaterThan(previousSize);
      previousSize = previous;
    }
    assertThat(evaluate(pricing, Map.of("needsSize", "medium", "needsComplexity", "medium")).result()
        .getSingleResult().getEntryMap()).isEqualTo(Map.of("price", 30000, "marginPercent", 38, "deliveryWeeks", 10));
  }

  private static List<String> rules(Path file, String id) {
    Decision decision = Dmn.readModelFromFile(file.toFile()).getModelElementById(id);
    return ((DecisionTable) decision.getExpression()).getRules().stream().map(Rule::getId).toList();
  }

  static synchronized Evaluation evaluate(DmnDecision decision, Map<String, Object> inputs) {
    evaluations.clear();
    DmnDecisionResult result = dmnEngine.evaluateDecision(decision, inputs);
    return new Evaluation(result, evaluations.stream()
        .flatMap(event -> event.getMatchingRules().stream()).map(rule -> rule.getId()).toList());
  }

  record Evaluation(DmnDecisionResult result, List<String> firedRules) {}
}
