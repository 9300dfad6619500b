package com.businessbuilder.deal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A deal as {@code GET /api/deals/{id}} shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A deal, its stage in closing and, once lost, why")
record DealView(
    String id, String leadId, String company, String contactName, String contactEmail, String risk,
    String processInstanceId, Instant createdAt,
    @Schema(description = "OPEN, WON or LOST") String status,
    @Schema(description = "OUTREACH, AWAITING_REPLY, NEEDS_ASSESSMENT, PROPOSAL, AWAITING_ANSWER, NEGOTIATION, "
        + "CONTRACT, PAYMENT_SETUP, WON or LOST") DealStage stage,
    @Schema(description = "The steps the run waits at") String currentStep,
    @Schema(description = "Why the deal was lost") String reason,
    Integer price, Integer discountPercent, String invoiceNumber,
    @Schema(description = "The incident that holds the run, if any") String incident,
    List<Message> messages) {

  record Message(String direction, String kind, String text, Instant at) {}
}
