package com.businessbuilder.deal;

import com.businessbuilder.engine.RunProjection;
import com.businessbuilder.engine.RunState;
import com.businessbuilder.engine.RunState.RunStatus;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps each deal in step with its deal-closing run, in the transaction that moved the run: the stage it is in
 * (the stage model its run calls now), the step it waits at and its incident. Won and lost are recorded by the
 * model's own tasks; a run cancelled from outside leaves the deal CANCELLED.
 */
@Component
class DealRunProjection implements RunProjection {

  private final DealRepository deals;

  DealRunProjection(DealRepository deals) {
    this.deals = deals;
  }

  @Override
  public String processId() {
    return DealClosingProcess.PROCESS_ID;
  }

  @Override
  public void project(RunState run) {
    Optional<Deal> found = deals.find(run.correlationKey());
    if (found.isEmpty()) {
      return; // a run of deal closing without a deal (started by hand): nothing to keep in step
    }
    Deal deal = found.get();
    if (run.running()) {
      DealStage stage = run.stage() == null ? deal.stage()
          : DealStage.of(run.stage().activityId()).orElse(deal.stage());
      deals.recordRun(deal.id(), deal.status(), stage, run.describeSteps(), run.incident());
      return;
    }
    String status = run.status() == RunStatus.CANCELLED && Deal.OPEN.equals(deal.status()) ? Deal.CANCELLED
        : deal.status();
    DealStage stage = switch (status) {
      case Deal.WON -> DealStage.WON;
      case Deal.LOST -> DealStage.LOST;
      default -> deal.stage();
    };
    deals.recordRun(deal.id(), status, stage, null, null);
  }
}
