package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Variables.ATTEMPT;
import static com.businessbuilder.quality.QualityGateProcess.Variables.AWAITING_REVIEW;
import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_ID;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Draft deliverable": the producer writes version 1. */
@Component
class DeliverableDrafting implements TaskHandler {

  private final DeliverableStore store;
  private final DeliverableProducer producer;

  DeliverableDrafting(DeliverableStore store, DeliverableProducer producer) {
    this.store = store;
    this.producer = producer;
  }

  @Override
  public String topic() {
    return QualityGateProcess.Topics.DRAFT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deliverable deliverable = store.require(item.string(DELIVERABLE_ID));
    store.attach(deliverable.id(), item.runId());
    // a retried task finds its draft stored and neither writes nor pays for it again
    if (store.version(deliverable.id(), 1).isEmpty()) {
      String content = producer.draft(deliverable, item);
      store.insertVersion(new DeliverableVersion(deliverable.id(), 1, content, null, null, Instant.now()));
    }
    return Map.of(ATTEMPT, 1, AWAITING_REVIEW, true);
  }
}
