package com.businessbuilder.discovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the data enricher added to a lead. */
record EnrichmentFindings(
    @NotBlank @Pattern(regexp = "strong|basic|none", message = "must be strong, basic or none") String digitalFootprint,
    @NotBlank @Size(max = 600) String companyProfile) {}
