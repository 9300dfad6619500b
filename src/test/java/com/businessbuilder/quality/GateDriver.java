package com.businessbuilder.quality;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.testing.ProcessDriver;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Starts quality-gate runs for tests and drives them to their next wait state. */
@Component
class GateDriver {

  private final ProcessEngine engine;
  private final ProcessRuns runs;
  private final ProcessDriver driver;
  private final Deliverables deliverables;

  GateDriver(ProcessEngine engine, ProcessRuns runs, ProcessDriver driver, Deliverables deliverables) {
    this.engine = engine;
    this.runs = runs;
    this.driver = driver;
    this.deliverables = deliverables;
  }

  /** A new deliverable of its own pipeline, reviewed by the producer's reviewer. */
  Deliverable deliverable(String type, String producerRole, Map<String, Object> brief) {
    return deliverables.create(new NewDeliverable(type, "pipeline-" + UUID.randomUUID(), producerRole, null, brief));
  }

  /** Starts the gate for the deliverable, as its pipeline (correlation key), with extra variables, and advances it. */
  ProcessInstance start(Deliverable deliverable, Map<String, Object> extraVariables) {
    ProcessInstance run = begin(deliverable, extraVariables);
    advance(run);
    return run;
  }

  /** Starts the gate for the deliverable; nothing is worked yet. */
  ProcessInstance begin(Deliverable deliverable, Map<String, Object> extraVariables) {
    Map<String, Object> variables = new HashMap<>(QualityGateProcess.startVariables(deliverable));
    variables.putAll(extraVariables);
    String runId = runs.start(QualityGateProcess.PROCESS_ID, deliverable.pipelineKey(), variables);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(runId).singleResult();
  }

  void advance(ProcessInstance run) {
    driver.advance(run.getId());
  }
}
