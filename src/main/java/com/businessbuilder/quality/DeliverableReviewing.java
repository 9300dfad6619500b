package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Variables.AWAITING_REVIEW;
import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_ID;
import static com.businessbuilder.quality.QualityGateProcess.Variables.QA_PASSED;
import static com.businessbuilder.quality.QualityGateProcess.Variables.QA_SCORE;
import static com.businessbuilder.quality.QualityGateProcess.Variables.QA_THRESHOLD;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Review deliverable": QA reviews the latest version and its report is stored with it. */
@Component
class DeliverableReviewing implements TaskHandler {

  private final DeliverableStore store;
  private final QualityReview review;

  DeliverableReviewing(DeliverableStore store, QualityReview review) {
    this.store = store;
    this.review = review;
  }

  @Override
  public String topic() {
    return QualityGateProcess.Topics.REVIEW;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deliverable deliverable = store.require(item.string(DELIVERABLE_ID));
    int attempt = QualityGateVariables.attempt(item);
    DeliverableVersion version = store.version(deliverable.id(), attempt)
        .orElseThrow(() -> new IllegalStateException("Deliverable " + deliverable.id() + " has no version "
            + attempt + " to review"));
    Integer threshold = item.integer(QA_THRESHOLD);
    if (threshold == null) {
      throw new IllegalStateException("No " + QA_THRESHOLD + ": the quality policy was not looked up");
    }
    QaReport report = review.review(deliverable, version, threshold, item);
    store.recordReview(deliverable.id(), attempt, report);
    return Map.of(QA_PASSED, report.passed(), QA_SCORE, report.score(), AWAITING_REVIEW, false);
  }
}
