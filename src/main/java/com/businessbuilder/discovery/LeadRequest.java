package com.businessbuilder.discovery;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A lead as an integrator submits it to {@code POST /api/leads}. */
@Schema(description = "A lead to run through client discovery")
record LeadRequest(
    @Schema(example = "Acme Software GmbH") @NotBlank @Size(max = 200) String company,
    @Schema(example = "cto@acme-software.example")
    @NotBlank @Size(max = 320)
    @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid e-mail address")
    String contactEmail,
    @Schema(example = "software") @Size(max = 100) String industry,
    @Schema(example = "450") @Min(1) @Max(10_000_000) Integer employees,
    @Schema(description = "Yearly budget in whole euros", example = "120000") @PositiveOrZero Long annualBudget,
    @Schema(example = "https://acme-software.example")
    @Size(max = 500)
    @Pattern(regexp = "^(?i)(https?://)?[a-z0-9.-]+\\.[a-z]{2,}(:\\d+)?(/\\S*)?$", message = "must be a web address")
    String website,
    @Schema(example = "Budget approved, we need a partner this quarter") @Size(max = 4000) String notes,
    @Schema(allowableValues = {"referral", "partner", "event", "website", "inbound", "outbound", "other"})
    @Pattern(regexp = "(?i)referral|partner|event|website|inbound|outbound|other",
        message = "must be one of referral, partner, event, website, inbound, outbound, other")
    String source) {

  /** The lead as the pipeline stores it: trimmed, lower-case categories, a web address with a scheme. */
  LeadRequest normalized() {
    return new LeadRequest(company.trim(), contactEmail.trim(), Leads.normalizeIndustry(industry), employees,
        annualBudget, Leads.normalizeWebsite(website), notes == null ? "" : notes.trim(),
        Leads.normalizeSource(source));
  }
}
