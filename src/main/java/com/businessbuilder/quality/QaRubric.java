package com.businessbuilder.quality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The QA agent's judgement of a deliverable against the rubric in {@code agents/prompts/deliverable-review.md}.
 *
 * @param score 0 (unusable) to 100 (ready to send as it is)
 * @param feedback what to change, concretely; empty praise is not feedback
 */
public record QaRubric(@Min(0) @Max(100) int score, @NotBlank String feedback) {}
