package com.businessbuilder.deal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A deal as {@code GET /api/deals/{id}} shows it (the list shows it without its messages). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A deal, its stage in closing and, once lost, why")
record DealView(
    String id, String leadId, String company, String contactName, String contactEmail, String risk,
    String processInstanceId, Instant createdAt,
    @Schema(description = "OPEN, WON, LOST or CANCELLED") String status,
    @Schema(description = "OUTREACH, AWAITING_REPLY, NEEDS_ASSESSMENT, PROPOSAL, AWAITING_ANSWER, NEGOTIATION, "
        + "CONTRACT, PAYMENT_SETUP, WON or LOST") DealStage stage,
    @Schema(description = "The steps the run waits at") String currentStep,
    @Schema(description = "Why the deal was lost") String reason,
    Integer price, Integer discountPercent, String invoiceNumber,
    @Schema(description = "The incident that holds the run, if any") String incident,
    List<Message> messages) {

  static DealView of(Deal deal, List<DealMessage> messages) {
    DealRequest data = deal.data();
    return new DealView(deal.id(), data.leadId(), data.company(), data.contactName(), data.contactEmail(),
        data.risk(), deal.runId(), deal.createdAt(), deal.status(), deal.stage(), deal.currentStep(),
        deal.lostReason(), deal.price(), deal.discountPercent(), deal.invoiceNumber(), deal.incident(),
        messages == null ? null : messages.stream()
            .map(m -> new Message(m.direction(), m.kind(), m.text(), m.createdAt())).toList());
  }

  record Message(String direction, String kind, String text, Instant at) {}
}
