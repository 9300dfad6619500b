package com.businessbuilder.deal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The negotiator's answer to a counter-offer: a discount and why; the price follows from the pricing decision. */
record RevisedTerms(@Min(0) @Max(50) int discountPercent, @NotBlank @Size(max = 2000) String rationale) {}
