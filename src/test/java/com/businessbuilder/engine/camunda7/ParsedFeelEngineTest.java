package com.businessbuilder.engine.camunda7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The application's FEEL engine decides every table in {@code dmn/} as Camunda's default engine does: the same
 * results, the same rules matched, the same failures, for the boundary values of every input and a few hundred
 * combinations of them.
 */
class ParsedFeelEngineTest {

  /** Per table file: the values each variable takes (boundaries of the rules, missing values, unknown values). */
  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of("lead-scoring.dmn", values(
            "industry", List.of("software", "saas", "fintech", "healthcare", "retail", "unknown"),
            "employees", List.of(1, 9L, 10, 49, 50, 1000, 1001),
            "annualBudget", List.of(0, 4_999.0, 5_000L, 24_999.0, 25_000, 99_999.99, 100_000, 120_000.0),
            "digitalFootprint", List.of("strong", "basic", "none", ""),
            "source", List.of("referral", "partner", "event", "inbound", "website", "other"),
            "notes", List.of("", "Budget approved, we need a partner this quarter", "Just browsing, not now",
                "Student thesis", "No budget", "URGENT rfp, approved budget", "tender asap"))),
        Arguments.of("approval-policy.dmn", values(
            "approvalStage", List.of("outreach", "proposal", "terms", "contract"),
            "risk", List.of("high", "medium", "low"),
            "dealValue", List.of(0, 49_999, 50_000, 120_000),
            "discountPercent", List.of(0, 10, 11, 25),
            "marginPercent", List.of(10, 29, 30, 45))),
        Arguments.of("pricing.dmn", values(
            "needsSize", List.of("small", "medium", "large", "huge"),
            "needsComplexity", List.of("low", "medium", "high", "extreme"))),
        Arguments.of("quality-policy.dmn", values(
            "deliverableType", List.of("outreach-email", "proposal", "market-brief", "contract"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void everyDecisionDecidesAsCamundasDefaultEngine(String file, Map<String, List<Object>> values) throws IOException {
    Engine expected = new Engine(
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration(), file);
    Engine actual = new Engine(DecisionEngineSetup.dmnEngineConfiguration(), file);
    assertThat(actual.engine.getConfiguration()).extracting("feelEngine").isInstanceOf(ParsedFeelEngine.class);

    List<Map<String, Object>> leads = combinations(values);
    for (String decision : expected.decisions.keySet()) {
      for (Map<String, Object> variables : leads) {
        assertThat(actual.evaluate(decision, variables))
            .as("%s with %s", decision, variables)
            .isEqualTo(expected.evaluate(decision, variables));
      }
    }
  }

  @Test
  void aMissingVariableCountsAsWithCamundasDefaultEngine() throws IOException {
    Map<String, Object> withoutNotes = new HashMap<>(Map.of("industry", "software", "employees", 50,
        "annualBudget", 10_000, "digitalFootprint", "basic", "source", "website"));
    Engine expected = new Engine(
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration(),
        "lead-scoring.dmn");
    Engine actual = new Engine(DecisionEngineSetup.dmnEngineConfiguration(), "lead-scoring.dmn");

    assertThat(actual.evaluate("lead-scoring", withoutNotes))
        .isEqualTo(expected.evaluate("lead-scoring", withoutNotes)).contains("leadScore=70");
  }

  /** Unary tests and expressions, each evaluated twice (the second time parsed before), as ScalaFeelEngine does. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("expressions")
  void evaluatesAndFailsAsCamundasFeelEngine(String kind, String expression) {
    ScalaFeelEngine camundas = new ScalaFeelEngine(List.of());
    ParsedFeelEngine parsed = new ParsedFeelEngine(List.of());
    for (Object x : Arrays.asList(3, 7L, 2.5, "three", null)) {
      var variables = Variables.createVariables().putValue("x", x).putValue("y", "a b").asVariableContext();
      for (int time = 0; time < 2; time++) {
        assertThat(outcome(() -> kind.equals("unary tests")
            ? parsed.evaluateSimpleUnaryTests(expression, "x", variables)
            : parsed.evaluateSimpleExpression(expression, variables)))
            .as("%s with x = %s", expression, x)
            .isEqualTo(outcome(() -> kind.equals("unary tests")
                ? camundas.evaluateSimpleUnaryTests(expression, "x", variables)
                : camundas.evaluateSimpleExpression(expression, variables)));
      }
    }
  }

  static Stream<Arguments> expressions() {
    return Stream.of(
        Arguments.of("unary tests", "[1..5]"), Arguments.of("unary tests", "> 2, \"three\""),
        Arguments.of("unary tests", "not(3)"), Arguments.of("unary tests", "contains(?, \"hr\")"),
        Arguments.of("unary tests", "-"), Arguments.of("unary tests", "[1.."), Arguments.of("unary tests", "? > y"),
        Arguments.of("expression", "x * 2"), Arguments.of("expression", "upper case(y)"),
        Arguments.of("expression", "if x = null then \"none\" else string(x)"),
        Arguments.of("expression", "x +"), Arguments.of("expression", "no such function(x)"),
        Arguments.of("expression", "z"));
  }

  private static String outcome(Supplier<Object> evaluation) {
    try {
      Object value = evaluation.get();
      return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    } catch (FeelException failure) {
      return "failed: " + failure.getMessage();
    }
  }

  /** A DMN engine that reports a decision's result list and the rules every table matched, or its failure. */
  static final class Engine {

    final DmnEngine engine;
    final Map<String, DmnDecision> decisions = new LinkedHashMap<>();
    private final List<DmnDecisionTableEvaluationEvent> tables = new ArrayList<>();

    Engine(DefaultDmnEngineConfiguration configuration, String file) throws IOException {
      configuration.customPostDecisionTableEvaluationListeners(List.of(tables::add));
      engine = configuration.buildEngine();
      try (InputStream dmn = Files.newInputStream(Path.of("dmn", file))) {
        engine.parseDecisions(dmn).forEach(decision -> decisions.put(decision.getKey(), decision));
      }
    }

    String evaluate(String decision, Map<String, Object> variables) {
      tables.clear();
      try {
        Object result = engine.evaluateDecision(decisions.get(decision), variables).getResultList();
        List<String> matched = tables.stream().map(table -> table.getDecision().getKey() + ": " + table
            .getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList()).toList();
        return result + " " + matched;
      } catch (RuntimeException failure) {
        return "failed: " + failure.getMessage();
      }
    }
  }

  private static Map<String, List<Object>> values(Object... namesAndValues) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<Object> some = new ArrayList<>((List<Object>) namesAndValues[i + 1]);
      some.add(null);
      values.put((String) namesAndValues[i], some);
    }
    return values;
  }

  /** Every value of every variable once (the others at their first value), then 300 random combinations. */
  private static List<Map<String, Object>> combinations(Map<String, List<Object>> values) {
    List<Map<String, Object>> combinations = new ArrayList<>();
    values.forEach((name, some) -> some.forEach(value -> {
      Map<String, Object> variables = new HashMap<>();
      values.forEach((other, its) -> variables.put(other, its.get(0)));
      variables.put(name, value);
      combinations.add(variables);
    }));
    Random random = new Random(13);
    for (int i = 0; i < 300; i++) {
      Map<String, Object> variables = new HashMap<>();
      values.forEach((name, some) -> variables.put(name, some.get(random.nextInt(some.size()))));
      combinations.add(variables);
    }
    return combinations;
  }
}
