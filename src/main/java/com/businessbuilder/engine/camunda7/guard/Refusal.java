package com.businessbuilder.engine.camunda7.guard;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One reason the guard refuses a deployment: which resource, which element, which rule and what exactly. As an
 * engine {@link Problem} it shows in the REST API's {@code details} of the resource, and Camunda Modeler marks the
 * element.
 */
record Refusal(String resource, String elementId, Rule rule, String detail, int line, int column) implements Problem {

  Refusal {
    elementId = elementId == null ? "" : elementId;
  }

  static Refusal of(String resource, Rule rule, String detail) {
    return new Refusal(resource, "", rule, detail, 0, 0);
  }

  /** "processes/x.bpmn, element ServiceTask_X, rule expression: ${...} names ..." */
  @Override
  public String getMessage() {
    return resource + (elementId.isEmpty() ? "" : ", element " + elementId) + ", rule " + rule.id() + ": " + detail;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public String getMainElementId() {
    return elementId.isEmpty() ? null : elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId.isEmpty() ? List.of() : List.of(elementId);
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
