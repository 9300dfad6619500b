package com.businessbuilder.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a person needs to see a run on its models: the deployed model of every process in the run's tree (the run and
 * the runs it called, such as stages and quality gates) and what happened at each element. Read for one run at a
 * time, with a number of queries that does not grow with the number of runs.
 */
public interface RunDiagrams {

  /** The run's tree as the engine recorded it, oldest step first; empty when the engine knows no such run. */
  Optional<RunTrail> trail(String runId);

  /** The deployed model (BPMN 2.0 XML) of a process definition of a run's tree. */
  Optional<String> model(String definitionId);

  /**
   * A run and the runs it called.
   *
   * @param runId the top-level run
   * @param processes the processes of the tree, the top-level one first
   * @param steps every element instance of the tree that started, oldest first
   * @param incidents the open incidents of the tree
   */
  record RunTrail(String runId, List<ProcessInTree> processes, List<StepRecord> steps, List<OpenIncident> incidents) {

    public RunTrail {
      processes = List.copyOf(processes);
      steps = List.copyOf(steps);
      incidents = List.copyOf(incidents);
    }
  }

  /**
   * A process that ran in the tree, once per definition (a quality gate called twice is one entry).
   *
   * @param processId the process (definition key)
   * @param definitionId the deployed definition the tree used
   * @param name the process's name
   * @param calledFrom the element of the calling process that called it (null for the top-level process)
   */
  record ProcessInTree(String processId, String definitionId, String name, String calledFrom) {}

  /**
   * One element instance.
   *
   * @param runId the run (top-level or called) it belongs to
   * @param type the element's BPMN type (serviceTask, userTask, callActivity, ...)
   * @param endedAt null while it is active
   * @param canceled whether it ended without completing (interrupted by a boundary event, a cancelled run)
   * @param calledProcessId for a call activity: the process it called, once it did
   */
  record StepRecord(String processId, String runId, String activityId, String name, String type, Instant startedAt,
      Instant endedAt, boolean canceled, String calledProcessId) {

    public boolean active() {
      return endedAt == null;
    }
  }

  /** An incident that holds an element of the tree, with the error it carries. */
  record OpenIncident(String id, String processId, String runId, String activityId, String message,
      Instant createdAt) {}
}
