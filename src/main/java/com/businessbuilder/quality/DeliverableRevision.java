package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Variables.ATTEMPT;
import static com.businessbuilder.quality.QualityGateProcess.Variables.AWAITING_REVIEW;
import static com.businessbuilder.quality.QualityGateProcess.Variables.CEO_GUIDANCE;
import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_ID;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Revise deliverable": the producer writes the next version from QA's feedback and the CEO's guidance. */
@Component
class DeliverableRevision implements TaskHandler {

  private final DeliverableStore store;
  private final DeliverableProducer producer;

  DeliverableRevision(DeliverableStore store, DeliverableProducer producer) {
    this.store = store;
    this.producer = producer;
  }

  @Override
  public String topic() {
    return QualityGateProcess.Topics.REVISION;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deliverable deliverable = store.require(item.string(DELIVERABLE_ID));
    int attempt = QualityGateVariables.attempt(item);
    DeliverableVersion previous = store.version(deliverable.id(), attempt)
        .filter(DeliverableVersion::reviewed)
        .orElseThrow(() -> new IllegalStateException("Deliverable " + deliverable.id() + " has no reviewed version "
            + attempt + " to revise"));
    int next = attempt + 1;
    // a retried task finds its revision stored and neither writes nor pays for it again
    if (store.version(deliverable.id(), next).isEmpty()) {
      String instructions = DeliverableProducer.instructions(previous.qaReport(), item.string(CEO_GUIDANCE));
      String content = producer.revise(deliverable, previous, instructions, item);
      store.insertVersion(new DeliverableVersion(deliverable.id(), next, content, instructions, null, Instant.now()));
    }
    return Map.of(ATTEMPT, next, AWAITING_REVIEW, true);
  }
}
