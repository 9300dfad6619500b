package com.businessbuilder.engine.camunda7.guard;

import java.util.ArrayList;
import java.util.List;

/** The refusals found in one resource. */
final class Refusals {

  private final String resource;
  private final List<Refusal> found = new ArrayList<>();

  Refusals(String resource) {
    this.resource = resource;
  }

  void add(Rule rule, String elementId, int line, int column, String detail) {
    found.add(new Refusal(resource, elementId, rule, detail, line, column));
  }

  void add(Rule rule, XmlModel.Element element, String detail) {
    add(rule, element.id(), element.line(), element.column(), detail);
  }

  void add(Rule rule, String detail) {
    add(rule, "", 0, 0, detail);
  }

  List<Refusal> list() {
    return List.copyOf(found);
  }
}
