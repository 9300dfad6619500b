package com.businessbuilder.quality;

import java.time.Instant;

/**
 * One version of a deliverable as the producer wrote it, with QA's report once it was reviewed.
 *
 * @param instructions what the producer was asked to change for this version (QA feedback, CEO guidance);
 *     {@code null} for the first draft
 * @param qaReport {@code null} while the version waits for its review
 */
public record DeliverableVersion(
    String deliverableId,
    int version,
    String content,
    String instructions,
    QaReport qaReport,
    Instant createdAt) {

  public boolean reviewed() {
    return qaReport != null;
  }
}
