package com.businessbuilder.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda keeps one JVM-wide registry of engines by name, and its REST API and webapps look the engine up there.
 * With several cached Spring contexts in one test JVM (H2, PostgreSQL), the last one started would own the name
 * "default"; this listener hands it back to the context of the test about to run, and points camunda-bpm-assert
 * at the same engine.
 */
public class EngineOfTheTestContext implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
      ProcessEngines.registerProcessEngine(engine);
      BpmnAwareTests.init(engine);
    });
  }
}
