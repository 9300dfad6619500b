package com.businessbuilder.engine.camunda7.guard;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;

/**
 * The rules for a BPMN model, checked on every element and attribute. Elements are matched by their local name in
 * any namespace, as the engine looks up most child elements (a {@code timerEventDefinition} of another namespace is
 * still a timer). Attributes that name code ({@code class}, {@code delegateExpression}, {@code language},
 * {@code resource}, ...) are refused in any namespace: the engine reads them in Camunda's, the old {@code activiti}
 * one and unqualified on its own extension elements; {@code type} and {@code topic} count in any namespace but the
 * standard ones.
 */
final class BpmnRules extends XmlModel {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  /** Namespaces of the standard and of diagram interchange: what is in them is not an engine extension. */
  private static final Set<String> STANDARD = Set.of(BPMN, "http://www.omg.org/spec/BPMN/20100524/DI",
      "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
      XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "");
  private static final Set<String> DIAGRAM = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
      "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI");

  private static final Set<String> JAVA_CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
  private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
      "variableMappingDelegateExpression");
  /** Attributes that make the element's text a script: a condition or script in another language, or in a file. */
  private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("language", "scriptFormat");
  /** The engine's built-in form field validators; any other name is a validator class or bean. */
  private static final Set<String> BUILT_IN_VALIDATORS = Set.of("required", "readonly", "minlength", "maxlength",
      "min", "max");
  /** Text that is shown to people, never evaluated. */
  private static final Set<String> PROSE = Set.of("documentation", "text");
  private static final Pattern BEAN_REFERENCE = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
  /**
   * The form keys allowed: a form of this deployment, which the guard checked. The engine serves whatever resource a
   * key names and Tasklist shows an embedded form as HTML, so a key naming a BPMN model, an application URL
   * ({@code app:}) or an external page would show the CEO something no rule looked at.
   */
  private static final Pattern FORM_KEY = Pattern.compile(
      "(embedded:)?deployment:[^${}]+\\.html?|camunda-forms:deployment:[^${}]+\\.form");

  private final GuardContext context;

  BpmnRules(Refusals refusals, GuardContext context) {
    super(refusals);
    this.context = context;
  }

  @Override
  boolean isSelectable(String namespace, String localName) {
    return BPMN.equals(namespace) && !localName.endsWith("EventDefinition")
        && !localName.endsWith("LoopCharacteristics");
  }

  @Override
  void start(Element element) {
    if (DIAGRAM.contains(element.namespace())) {
      return;
    }
    switch (element.name()) {
      case "scriptTask" -> refusals.add(Rule.NO_SCRIPTS, element, "a script task runs a script in the engine");
      case "script" -> refusals.add(Rule.NO_SCRIPTS, element, "a script runs in the engine");
      case "connector" -> refusals.add(Rule.NO_CONNECTORS, element, "a connector calls out of the engine");
      case "constraint" -> {
        String validator = element.attribute("name");
        if (validator == null || !BUILT_IN_VALIDATORS.contains(validator)) {
          refusals.add(Rule.NO_JAVA_CLASSES, element, "the form field validator '" + validator + "' ("
              + element.attribute("config") + ") is not one of the built-in "
              + BUILT_IN_VALIDATORS.stream().sorted().toList());
        }
      }
      case "timerEventDefinition" -> {
        Element event = parent(0);
        Element scope = parent(1);
        if (!context.release() && event != null && event.name().equals("startEvent") && scope != null
            && scope.name().equals("process")) {
          refusals.add(Rule.TIMER_START, element, "a timer start event starts runs that nobody started; "
              + "only the application's release may deploy one");
        }
      }
      default -> {
        // other elements: their attributes and text are checked
      }
    }
    attributes(element);
  }

  private void attributes(Element element) {
    if (element.name().equals("script") || element.name().equals("scriptTask")) {
      return; // refused whole
    }
    Attributes attributes = element.attributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String namespace = attributes.getURI(i);
      String name = attributes.getLocalName(i);
      String value = attributes.getValue(i);
      String shown = attributes.getQName(i);
      if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace)
          || XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace) || shown.startsWith("xmlns")) {
        continue;
      }
      if (SCRIPT_ATTRIBUTES.contains(name)) {
        refusals.add(Rule.NO_SCRIPTS, element, shown + "=\"" + value + "\" makes this a script");
      } else if (name.equals("resource")) {
        refusals.add(Rule.NO_SCRIPTS, element, shown + "=\"" + value + "\" loads a script");
      } else if (JAVA_CLASS_ATTRIBUTES.contains(name)) {
        // in any namespace: camunda:class on a task, class on a camunda:executionListener
        refusals.add(Rule.NO_JAVA_CLASSES, element, shown + "=\"" + value + "\" names a Java class");
      } else if (DELEGATE_ATTRIBUTES.contains(name)) {
        delegate(element, shown, value);
      } else if (!STANDARD.contains(namespace) && name.equals("type")) {
        if (!value.trim().equalsIgnoreCase("external")) {
          refusals.add(Rule.TASK_TYPE, element, shown + "=\"" + value + "\" is not external");
        }
      } else if (!STANDARD.contains(namespace) && name.equals("formKey")) {
        if (!FORM_KEY.matcher(value).matches()) {
          refusals.add(Rule.FORM_KEY, element, shown + "=\"" + value + "\" does not name an HTML form (.html) or a "
              + "Camunda Form (.form) of this deployment by a literal name");
        }
      } else if (!STANDARD.contains(namespace) && name.equals("topic")) {
        if (!context.topics().contains(value)) {
          refusals.add(Rule.KNOWN_TOPIC, element, "no task handler of the application works on the topic '"
              + value + "'; known topics: " + context.topics().stream().sorted().toList());
        }
      } else {
        expression(element, shown, value);
      }
    }
  }

  private void delegate(Element element, String shown, String value) {
    Matcher bean = BEAN_REFERENCE.matcher(value.trim());
    if (!bean.matches() || !context.allowList().delegates().contains(bean.group(1))) {
      refusals.add(Rule.DELEGATE_BEAN, element, shown + "=\"" + value + "\" does not name an allow-listed "
          + "delegate bean " + context.allowList().delegates());
    }
  }

  @Override
  void end(Element element) {
    if (DIAGRAM.contains(element.namespace()) || BPMN.equals(element.namespace()) && PROSE.contains(element.name())
        || element.name().equals("script")) {
      return;
    }
    expression(element, "the text of " + element.name(), element.text().toString().trim());
  }

  private void expression(Element element, String where, String value) {
    if (ExpressionRules.isExpression(value)) {
      context.expressions().check(value)
          .ifPresent(why -> refusals.add(Rule.EXPRESSION, element, "in " + where + ": " + why));
    }
  }
}
