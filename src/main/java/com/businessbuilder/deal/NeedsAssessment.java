package com.businessbuilder.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The client's needs as the agent structured them from the conversation: the inputs of the pricing decision
 * (size, complexity) and the scope the proposal states.
 */
record NeedsAssessment(
    @NotBlank @Size(max = 2000) String summary,
    @NotBlank @Size(max = 2000) String scope,
    @NotBlank @Pattern(regexp = "small|medium|large") String size,
    @NotBlank @Pattern(regexp = "low|medium|high") String complexity) {}
