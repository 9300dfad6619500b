package com.businessbuilder.engine.camunda7.guard;

/** The rules of the model guard; a refusal names one by its id (docs/model-guard.md explains each). */
enum Rule {

  RESOURCE_TYPE("resource-type", "only BPMN, DMN, Camunda Forms (.form) and embedded HTML forms (.html) are deployed"),
  XML("xml", "a model is well-formed XML without a DTD or entities"),
  NO_SCRIPTS("no-scripts", "scripts run any code in the engine"),
  NO_JAVA_CLASSES("no-java-classes", "a Java class named in a model runs with the application's rights"),
  DELEGATE_BEAN("delegate-bean", "a delegate expression must name an allow-listed bean"),
  NO_CONNECTORS("no-connectors", "connectors call out of the engine without a worker"),
  TASK_TYPE("task-type", "the only task type is external"),
  KNOWN_TOPIC("known-topic", "an external task's topic must be one the application's task handlers work on"),
  EXPRESSION("expression", "an expression reads variables and calls allow-listed beans only"),
  FORM_KEY("form-key", "a form key names a checked form of the same deployment"),
  TIMER_START("timer-start", "only the application's release may start processes by timer"),
  DMN_FEEL_ONLY("dmn-feel-only", "decisions are written in FEEL only"),
  HTML_FORM("html-form", "an embedded form holds form fields only: no script, no event handler, no javascript: URL");

  private final String id;
  private final String why;

  Rule(String id, String why) {
    this.id = id;
    this.why = why;
  }

  String id() {
    return id;
  }

  String why() {
    return why;
  }
}
