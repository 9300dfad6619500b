package com.businessbuilder.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A lead with what discovery has found out so far ({@code GET /api/leads/{id}}, and each item of the list). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LeadView(
    String id,
    String company,
    String contactEmail,
    String industry,
    Integer employees,
    Long annualBudget,
    String website,
    String notes,
    String source,
    Instant createdAt,
    String processInstanceId,
    LeadStatus status,
    @Schema(description = "The steps the lead's run waits at") String currentStep,
    Integer score,
    String tier,
    String nextStep,
    String marketSegment,
    @Schema(description = "Why the lead ended where it did, or what the CEO's budget decision is about") String reason,
    List<ScoreFactor> factors,
    @Schema(description = "The incident that holds the lead's run, if any") String incident,
    @Schema(description = "The deal the lead became once handed to sales") String dealId) {

  static LeadView of(Lead lead) {
    LeadRequest data = lead.data();
    return new LeadView(lead.id(), data.company(), data.contactEmail(), data.industry(), data.employees(),
        data.annualBudget(), data.website(), data.notes(), data.source(), lead.createdAt(), lead.runId(),
        lead.status(), lead.currentStep(), lead.score(), lead.tier(), lead.nextStep(), lead.marketSegment(),
        lead.reason(), lead.factors().isEmpty() ? null : lead.factors(), lead.incident(), lead.dealId());
  }
}
