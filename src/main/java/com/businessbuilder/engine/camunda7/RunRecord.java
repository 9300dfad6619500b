package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.RunState;
import com.businessbuilder.engine.RunState.RunStatus;
import com.businessbuilder.engine.RunState.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A top-level run as {@code bb_run} keeps it: the activity instances active anywhere in its tree (its own and those
 * of the runs it called) and its open incidents, as the engine's history events reported them.
 */
final class RunRecord {

  /** Activities that only contain others; a run never waits at one of them itself. */
  private static final Set<String> CONTAINERS = Set.of("callActivity", "subProcess", "multiInstanceBody",
      "transaction", "adHocSubProcess");

  final String runId;
  String processId;
  String correlationKey;
  RunStatus status = RunStatus.RUNNING;
  final List<Active> active = new ArrayList<>();
  final Map<String, String> incidents = new LinkedHashMap<>();
  String endActivityId;
  Instant startedAt;
  Instant endedAt;

  RunRecord(String runId) {
    this.runId = runId;
  }

  RunState state() {
    Step stage = active.stream().filter(a -> runId.equals(a.processInstanceId()) && runId.equals(a.parentId()))
        .findFirst().map(Active::step).orElse(null);
    List<Step> steps = active.stream().filter(a -> !CONTAINERS.contains(a.type())).map(Active::step).toList();
    String incident = incidents.values().stream().findFirst().orElse(null);
    return new RunState(runId, processId, correlationKey, status, stage, steps, incident, endActivityId,
        startedAt, endedAt);
  }

  /**
   * An activity instance that has started and not ended.
   *
   * @param id the activity instance
   * @param parentId the activity instance it runs in (the run's id for a top-level one)
   */
  record Active(String id, String activityId, String name, String type, String processId,
      String processInstanceId, String parentId) {

    Step step() {
      return new Step(activityId, name, processId);
    }
  }
}
