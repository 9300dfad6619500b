package com.businessbuilder.discovery;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change to a lead, as {@code PATCH /api/leads/{id}} takes it. */
@Schema(description = "What was learnt about the lead since it was submitted")
record LeadUpdate(
    @Schema(example = "Budget approved, we need a partner this quarter") @NotNull @Size(max = 4000) String notes) {}
