package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Open the cycle": the cycle's period number, the next of the initiative's; a retried opening finds the period it
 * gave before (the work item's identity is the same), so nothing of a cycle runs twice.
 */
@Component
class CycleOpening implements TaskHandler {

  private final OperationsRecords records;

  CycleOpening(OperationsRecords records) {
    this.records = records;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.CYCLE_OPEN;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String opener = item.id() == null ? item.runId() + "/" + item.activityId() : item.id();
    return Map.of(PERIOD, records.openCycle(item.require(INITIATIVE_ID), opener));
  }
}
