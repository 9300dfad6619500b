package com.businessbuilder.engine.camunda7;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelLogger;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine (feel-scala), evaluating what it parsed before. Camunda's own {@link ScalaFeelEngine} parses
 * a table's input entries and output entries again at every evaluation; this one parses each expression text once
 * and keeps it, so a decision costs its evaluation only. The expressions and their results are FEEL's: the same
 * parser, the same interpreter, the same value mappers and functions.
 *
 * <p>The parsed expressions are kept by their text, at most {@link #MAX_EXPRESSIONS} of them per kind (more are
 * parsed and evaluated as before, not kept): deployed tables share their texts ({@code "software"}, {@code < 40}),
 * and the texts come from the models, never from the variables.
 */
final class ParsedFeelEngine extends ScalaFeelEngine {

  static final int MAX_EXPRESSIONS = 20_000;
  private static final ScalaFeelLogger LOG = ScalaFeelLogger.LOGGER;

  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

  ParsedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
    VariableProvider variables = new ContextVariableWrapper(variableContext);
    return (T) evaluate(parsed, variables);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    // the input entry's "?" is the variable the input variable's name points at, as in ScalaFeelEngine
    VariableProvider input = new StaticVariableProvider(
        camundajar.impl.scala.collection.immutable.Map$.MODULE$.<String, Object>empty()
            .updated(INPUT_VARIABLE_NAME, inputVariable));
    VariableProvider variables = new CompositeVariableProvider(
        toScalaList(input, new ContextVariableWrapper(variableContext)));
    // as ScalaFeelEngine: a test on a missing value (null) does not apply
    return BoxesRunTime.unboxToBoolean(evaluate(parsed, variables));
  }

  @SuppressWarnings("deprecation")
  private Object evaluate(ParsedExpression parsed, VariableProvider variables) {
    EvaluationResult result = feelEngine.evaluate(parsed, new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return variables;
      }
    });
    if (!result.isSuccess()) {
      throw LOG.evaluationException(result.failure().message());
    }
    return result.result();
  }

  private static ParsedExpression parsed(Map<String, ParsedExpression> known, String expression,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression parsed = known.get(expression);
    if (parsed != null) {
      return parsed;
    }
    Either<Failure, ParsedExpression> outcome = parser.apply(expression);
    if (!(outcome instanceof Right<Failure, ParsedExpression> success)) {
      throw LOG.evaluationException(outcome.swap().toOption().get().message());
    }
    parsed = success.value();
    if (known.size() < MAX_EXPRESSIONS) {
      known.put(expression, parsed);
    }
    return parsed;
  }
}
