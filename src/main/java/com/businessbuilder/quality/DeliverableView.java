package com.businessbuilder.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A deliverable with every version, its content and QA report ({@code GET /api/deliverables/{id}}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeliverableView(
    String id,
    String type,
    DeliverableStatus status,
    Integer finalVersion,
    String pipelineKey,
    String processInstanceId,
    String producerRole,
    String qaRole,
    Map<String, Object> brief,
    Instant createdAt,
    List<Version> versions) {

  /**
   * @param instructions what the producer was asked to change for this version
   * @param qaReport absent while the version waits for its review
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Version(int version, Instant createdAt, String instructions, String content, QaReport qaReport) {}

  static DeliverableView of(Deliverable deliverable, List<DeliverableVersion> versions) {
    return new DeliverableView(deliverable.id(), deliverable.type(), deliverable.status(), deliverable.finalVersion(),
        deliverable.pipelineKey(), deliverable.processInstanceId(), deliverable.producerRole(), deliverable.qaRole(),
        deliverable.brief().values(), deliverable.createdAt(), versions.stream()
            .map(v -> new Version(v.version(), v.createdAt(), v.instructions(), v.content(), v.qaReport()))
            .toList());
  }
}
