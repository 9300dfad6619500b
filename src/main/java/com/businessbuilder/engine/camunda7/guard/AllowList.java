package com.businessbuilder.engine.camunda7.guard;

import java.util.Map;
import java.util.Set;

/**
 * What a model's expressions may reach beyond its own variables: the one place to widen it, by a reviewed code
 * change (docs/model-guard.md says how).
 *
 * <p>{@link #beans} names the application's Spring beans a model may use and, for each, the members an expression
 * may call or read ({@code #{bean.member(...)}}); a bean on the list may also be a {@code camunda:delegateExpression}
 * ({@code ${bean}}) when {@link #delegates} names it. {@link #RELEASED} is the list the application runs with: empty,
 * because every model works through external tasks, decisions and forms.
 */
record AllowList(Map<String, Set<String>> beans, Set<String> delegates) {

  /** The allow-list of this release of the application. */
  static final AllowList RELEASED = new AllowList(Map.of(), Set.of());

  /**
   * Names the engine resolves to its own objects rather than to variables ({@code VariableScopeElResolver},
   * {@code VariableContextElResolver}), and names of the engine that reach its services. An expression may not use
   * them, except for the reads in {@link #ENGINE_READS}.
   */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
      "authenticatedUserId", "variableContext", "processEngine", "processEngineServices",
      "processEngineConfiguration", "applicationContext");

  /**
   * The engine's values a model may read: the business key a call activity hands on
   * ({@code <camunda:in businessKey="#{execution.processBusinessKey}"/>}, the idiom the shipped models use).
   */
  static final Map<String, Set<String>> ENGINE_READS = Map.of("execution", Set.of("processBusinessKey"));

  /**
   * The methods of a business rule task's result ({@code DmnDecisionResult}) an output mapping may call, as in
   * {@code ${decisionResult.getSingleResult().price}}.
   */
  static final Map<String, Set<String>> VARIABLE_METHODS = Map.of("decisionResult",
      Set.of("getSingleResult", "getFirstResult", "getResultList", "getSingleEntry", "collectEntries"));

  /** Properties no expression may read on anything: they lead to classes, class loaders and the engine. */
  static final Set<String> FORBIDDEN_PROPERTIES = Set.of("class", "classLoader", "declaringClass", "module",
      "protectionDomain", "processEngine", "processEngineServices", "processEngineConfiguration");

  AllowList {
    beans = Map.copyOf(beans);
    delegates = Set.copyOf(delegates);
    if (!beans.keySet().containsAll(delegates)) {
      throw new IllegalArgumentException("A delegate must be an allow-listed bean: " + delegates);
    }
  }

  boolean isBean(String name) {
    return beans.containsKey(name);
  }

  boolean allowsMember(String bean, String member) {
    return beans.getOrDefault(bean, Set.of()).contains(member);
  }
}
