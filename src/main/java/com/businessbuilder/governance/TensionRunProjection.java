package com.businessbuilder.governance;

import com.businessbuilder.engine.RunProjection;
import com.businessbuilder.engine.RunState;
import org.springframework.stereotype.Component;

/**
 * Settles a tension whose governance run ended without the CEO's decision on its proposal (the agent budget was not
 * raised, or the run was cancelled in Cockpit): it is stopped, and its raiser may raise it again.
 */
@Component
class TensionRunProjection implements RunProjection {

  private final TensionRepository tensions;

  TensionRunProjection(TensionRepository tensions) {
    this.tensions = tensions;
  }

  @Override
  public String processId() {
    return GovernanceProcess.PROCESS_ID;
  }

  @Override
  public void project(RunState run) {
    if (run.running()) {
      return;
    }
    tensions.find(run.correlationKey()).filter(tension -> tension.status() == Tension.Status.OPEN)
        .ifPresent(tension -> tensions.settle(tension.id(), Tension.Status.STOPPED));
  }
}
