package com.businessbuilder.worker;

import java.util.Map;

/**
 * One kind of work a pipeline step needs done, independent of the engine that schedules it.
 *
 * <p>The Camunda 7 adapter ({@code worker.camunda7.ExternalTaskWorker}) fetches external tasks of {@link #topic()} and calls
 * {@link #handle}; a Zeebe job worker can call the same handler. A handler returns the variables to set, throws
 * {@link BusinessOutcome} for an outcome the model routes (a BPMN error), and any other exception for a technical
 * failure that is retried and finally becomes an incident.
 */
public interface TaskHandler {

  /** The external-task topic (Camunda 7) or job type (Zeebe) this handler works on. */
  String topic();

  Map<String, Object> handle(WorkItem item);
}
