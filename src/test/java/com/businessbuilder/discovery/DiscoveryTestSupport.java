package com.businessbuilder.discovery;

import com.businessbuilder.worker.ExternalTaskWorker;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Drives a discovery run to its next wait state: works external tasks and runs due jobs until none is left. */
@Component
class DiscoveryTestSupport {

  private final ProcessEngine engine;
  private final ExternalTaskWorker worker;

  DiscoveryTestSupport(ProcessEngine engine, ExternalTaskWorker worker) {
    this.engine = engine;
    this.worker = worker;
  }

  /** Works external tasks and async continuations (not timers) until the run waits for a person or a timer. */
  void advance(ProcessInstance run) {
    advance(run.getId());
  }

  void advance(String runId) {
    boolean progressed = true;
    while (progressed) {
      progressed = worker.workUntilIdle() > 0;
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(runId).messages().executable()
          .list()) {
        engine.getManagementService().executeJob(job.getId());
        progressed = true;
      }
    }
  }
}
