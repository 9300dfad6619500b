package com.businessbuilder.discovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the market researcher found out about a lead's market. */
record MarketFindings(@NotBlank @Size(max = 100) String marketSegment, @NotBlank @Size(max = 600) String summary) {}
