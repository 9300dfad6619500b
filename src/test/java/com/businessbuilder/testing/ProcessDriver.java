package com.businessbuilder.testing;

import com.businessbuilder.worker.ExternalTaskWorker;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Drives a process run to its next wait state in tests: works external tasks and runs async continuations (not
 * timers) until the run waits for a person or a timer, or has ended.
 */
@Component
public class ProcessDriver {

  private final ProcessEngine engine;
  private final ExternalTaskWorker worker;

  ProcessDriver(ProcessEngine engine, ExternalTaskWorker worker) {
    this.engine = engine;
    this.worker = worker;
  }

  public void advance(ProcessInstance run) {
    advance(run.getId());
  }

  public void advance(String runId) {
    boolean progressed = true;
    while (progressed) {
      progressed = worker.workUntilIdle() > 0;
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(runId).messages()
          .executable().list()) {
        engine.getManagementService().executeJob(job.getId());
        progressed = true;
      }
    }
  }
}
