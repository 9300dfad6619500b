package com.businessbuilder.engine.camunda7.guard;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Models for the guard's tests, among them the security probe's: a process started by a timer whose service task
 * evaluates an expression, deployable without any permission to start processes.
 */
final class ProbeModels {

  /** The probe's four payloads, each reaching what a model must not reach. */
  static final List<Payload> PROBE_PAYLOADS = List.of(
      new Payload("engine services via execution",
          "${execution.getProcessEngineServices().getIdentityService().createUserQuery().list()}", "execution"),
      new Payload("Spring's environment",
          "${environment.getProperty('BB_DB_PASSWORD')}", "bean 'environment'"),
      new Payload("identity service",
          "${identityService.createUserQuery().list()}", "bean 'identityService'"),
      new Payload("reflection",
          "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
          "getClass()"));

  record Payload(String name, String expression, String named) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String PROBE_TASK = "ServiceTask_Probe";

  private ProbeModels() {
  }

  /** The probe: a timer starts the process every minute, and its service task evaluates {@code expression}. */
  static String probe(String processId, String expression) {
    return process(processId, timerStart(), """
        <bpmn:serviceTask id="ServiceTask_Probe" name="Probe" camunda:expression="%s" camunda:resultVariable="loot"/>
        """.formatted(attribute(expression)));
  }

  /** A process with a none start event, then {@code body} (elements without flows are fine for the guard). */
  static String process(String processId, String body) {
    return process(processId, "<bpmn:startEvent id=\"StartEvent_Started\"/>", body);
  }

  static String process(String processId, String start, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Probe" targetNamespace="https://business-builder.example/guard-test">
          <bpmn:process id="%s" name="Probe" isExecutable="true" camunda:historyTimeToLive="P1D">
            %s
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processId, start, body);
  }

  static String timerStart() {
    return """
        <bpmn:startEvent id="StartEvent_EveryMinute" name="Every minute">
          <bpmn:timerEventDefinition id="TimerEventDefinition_EveryMinute">
            <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/PT1M</bpmn:timeCycle>
          </bpmn:timerEventDefinition>
        </bpmn:startEvent>""";
  }

  static String attribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
