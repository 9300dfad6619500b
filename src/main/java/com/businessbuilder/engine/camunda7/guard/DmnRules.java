package com.businessbuilder.engine.camunda7.guard;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The rules for a DMN model: every expression is FEEL. JUEL and script languages reach Spring beans and Java; the
 * FEEL engine of Camunda 7.24 reaches neither (it is built with external functions off), and a FEEL
 * {@code function(...) external} definition is refused as well, so switching them on later would not open it up.
 */
final class DmnRules extends XmlModel {

  /** What the DMN engine takes for FEEL ({@code ExpressionEvaluationHandler#isFeelExpressionLanguage}). */
  private static final Set<String> FEEL = Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);
  private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("function\\s*\\([^)]*\\)\\s*external",
      Pattern.CASE_INSENSITIVE);

  private final GuardContext context;

  DmnRules(Refusals refusals, GuardContext context) {
    super(refusals);
    this.context = context;
  }

  static boolean isFeel(String language) {
    return FEEL.contains(language)
        || language.toLowerCase(Locale.ROOT).equals(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE);
  }

  @Override
  boolean isSelectable(String namespace, String localName) {
    return namespace.contains("omg.org/spec/DMN/") && namespace.contains("MODEL")
        || namespace.contains("omg.org/spec/DMN/20151101");
  }

  @Override
  void start(Element element) {
    if (parent(0) == null && !context.dmnDefaultsAreFeel()) {
      refusals.add(Rule.DMN_FEEL_ONLY, element, "the engine's default expression language for decisions is not "
          + "FEEL, so no decision can be checked");
    }
    String language = element.attribute("expressionLanguage");
    if (language != null && !isFeel(language)) {
      refusals.add(Rule.DMN_FEEL_ONLY, element, "expressionLanguage=\"" + language + "\" is not FEEL");
    }
  }

  @Override
  void end(Element element) {
    if (EXTERNAL_FUNCTION.matcher(element.text()).find()) {
      refusals.add(Rule.DMN_FEEL_ONLY, element, "a FEEL external function calls Java");
    }
  }
}
