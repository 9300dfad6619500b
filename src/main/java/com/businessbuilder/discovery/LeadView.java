package com.businessbuilder.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A lead with what discovery has found out so far ({@code GET /api/leads/{id}}). */
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
    String currentStep,
    Integer score,
    String tier,
    String nextStep,
    String marketSegment,
    String reason,
    List<ScoreFactor> factors,
    String incident) {}
