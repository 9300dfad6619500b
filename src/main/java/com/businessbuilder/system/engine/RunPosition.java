package com.businessbuilder.system.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Where a running process stands, read from the engine for the APIs that report progress (leads, deals): the
 * steps it waits at and the incident that holds it, if any.
 */
@Component
public class RunPosition {

  private final RuntimeService runtime;

  RunPosition(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The activities the run waits at, including async continuations not yet picked up; empty once it ended. */
  public List<WaitingStep> waitingAt(String runId) {
    ActivityInstance tree = runtime.getActivityInstance(runId);
    if (tree == null) {
      return List.of();
    }
    return Stream.concat(
            Arrays.stream(tree.getChildActivityInstances())
                .map(a -> new WaitingStep(a.getActivityId(), a.getActivityName())),
            Arrays.stream(tree.getChildTransitionInstances())
                .map(t -> new WaitingStep(t.getActivityId(), t.getActivityName())))
        .toList();
  }

  /** The names of the steps, as a person reads them, or {@code null} when there is none. */
  public static String describe(List<WaitingStep> steps) {
    String names = steps.stream().map(WaitingStep::name).filter(Objects::nonNull).distinct()
        .collect(Collectors.joining(", "));
    return names.isEmpty() ? null : names;
  }

  /** The message of the first incident of the run or of a run it called (e.g. a quality gate), or {@code null}. */
  public String incident(String runId) {
    List<String> runs = new ArrayList<>(List.of(runId));
    runtime.createProcessInstanceQuery().superProcessInstanceId(runId).list().stream()
        .map(ProcessInstance::getId).forEach(runs::add);
    for (String id : runs) {
      List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(id).listPage(0, 1);
      if (!incidents.isEmpty()) {
        return incidents.get(0).getIncidentMessage();
      }
    }
    return null;
  }

  /** A step a run waits at. */
  public record WaitingStep(String activityId, String name) {}
}
