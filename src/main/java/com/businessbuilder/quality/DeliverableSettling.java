package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Variables.ATTEMPT;
import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_ID;
import static com.businessbuilder.quality.QualityGateProcess.Variables.QUALITY_OUTCOME;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Settle deliverable": records the gate's outcome on the deliverable (its status, and the final version callers
 * use when it is usable). The outcome itself is decided in the model: production sets PASSED, the CEO's gate
 * ACCEPTED or REJECTED, a budget not raised STOPPED.
 */
@Component
class DeliverableSettling implements TaskHandler {

  private final DeliverableStore store;

  DeliverableSettling(DeliverableStore store) {
    this.store = store;
  }

  @Override
  public String topic() {
    return QualityGateProcess.Topics.SETTLE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String outcome = item.require(QUALITY_OUTCOME);
    DeliverableStatus status;
    try {
      status = DeliverableStatus.valueOf(outcome);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("No quality outcome '" + outcome + "' (run " + item.runId() + ")");
    }
    if (status == DeliverableStatus.IN_PROGRESS) {
      throw new IllegalStateException("The quality gate of run " + item.runId() + " ended without an outcome");
    }
    Integer attempt = item.integer(ATTEMPT);
    store.settle(item.require(DELIVERABLE_ID), status, status.usable() ? attempt : null);
    return Map.of();
  }
}
