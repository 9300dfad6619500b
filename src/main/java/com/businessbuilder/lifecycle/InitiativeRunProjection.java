package com.businessbuilder.lifecycle;

import com.businessbuilder.engine.RunProjection;
import com.businessbuilder.engine.RunState;
import com.businessbuilder.engine.RunState.RunStatus;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps each initiative in step with its business-lifecycle run, in the transaction that moved the run: the phase
 * (the phase model it calls now), the step it waits at and its incident, and how it ended.
 */
@Component
class InitiativeRunProjection implements RunProjection {

  private static final Map<String, InitiativePhase> ENDS = Map.of(
      BusinessLifecycleProcess.Elements.END_RETIRED, InitiativePhase.RETIRED,
      BusinessLifecycleProcess.Elements.END_REJECTED, InitiativePhase.REJECTED,
      BusinessLifecycleProcess.Elements.END_STOPPED, InitiativePhase.STOPPED);

  private final InitiativeRepository initiatives;

  InitiativeRunProjection(InitiativeRepository initiatives) {
    this.initiatives = initiatives;
  }

  @Override
  public String processId() {
    return BusinessLifecycleProcess.PROCESS_ID;
  }

  @Override
  public void project(RunState run) {
    Optional<Initiative> found = initiatives.find(run.correlationKey());
    if (found.isEmpty()) {
      return; // a lifecycle run without an initiative (started by hand): nothing to keep in step
    }
    Initiative initiative = found.get();
    if (run.running()) {
      InitiativePhase phase = run.stage() == null ? initiative.phase()
          : InitiativePhase.ofCallActivity(run.stage().activityId()).orElse(initiative.phase());
      initiatives.recordRun(initiative.id(), Initiative.RUNNING, phase, run.describeSteps(), run.incident());
      return;
    }
    if (run.status() == RunStatus.CANCELLED) {
      initiatives.recordRun(initiative.id(), Initiative.CANCELLED, initiative.phase(), null, null);
      return;
    }
    InitiativePhase end = ENDS.getOrDefault(run.endActivityId(), InitiativePhase.STOPPED);
    initiatives.recordRun(initiative.id(), end.name(), end, null, null);
  }
}
