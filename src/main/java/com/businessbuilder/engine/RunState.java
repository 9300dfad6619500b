package com.businessbuilder.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a run stands, as the read model keeps it: written in the same transaction as the engine's own state, so a
 * view that reads it never sees a run further than the engine has committed.
 *
 * @param runId the run (for a pipeline: its top-level run; runs it calls are part of it)
 * @param processId the process the run is of
 * @param correlationKey the pipeline's key
 * @param status running, or how it ended
 * @param stage the top-level step the run is in (for a pipeline of stages: the stage's call activity), or null
 * @param steps the steps the run (or a run it called) waits at, oldest first
 * @param incident the message of an incident that holds the run, or null
 * @param endActivityId the end event the run ended at, or null
 * @param startedAt when the run started
 * @param endedAt when it ended, or null
 */
public record RunState(String runId, String processId, String correlationKey, RunStatus status, Step stage,
    List<Step> steps, String incident, String endActivityId, Instant startedAt, Instant endedAt) {

  public RunState {
    steps = List.copyOf(steps);
  }

  public boolean running() {
    return status == RunStatus.RUNNING;
  }

  /** Whether the run waits at this step (in any process of the run). */
  public boolean waitsAt(String activityId) {
    return steps.stream().anyMatch(step -> step.activityId().equals(activityId));
  }

  /** The names of the steps it waits at, as a person reads them; the stage's name while no step is known. */
  public String describeSteps() {
    String names = steps.stream().map(Step::name).filter(Objects::nonNull).distinct()
        .collect(Collectors.joining(", "));
    if (!names.isEmpty()) {
      return names;
    }
    return stage == null ? null : stage.name();
  }

  /** How the run is. */
  public enum RunStatus {
    RUNNING,
    /** ended at one of its end events */
    COMPLETED,
    /** cancelled from outside (an operator deleted it) */
    CANCELLED
  }

  /** A step of a run: an element of one of its models. */
  public record Step(String activityId, String name, String processId) {}
}
