package com.businessbuilder.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message from the project's client.
 *
 * @param type {@code milestone-accepted} (with {@code milestone}), {@code change} (with {@code text}) or
 *     {@code feedback} (with {@code rating} and {@code text})
 */
record ProjectMessage(
    @Schema(example = "milestone-accepted")
    @NotBlank @Pattern(regexp = "milestone-accepted|change|feedback",
        message = "must be milestone-accepted, change or feedback") String type,
    @Schema(description = "The milestone accepted (1, 2, ...)", example = "1") @Min(1) @Max(12) Integer milestone,
    @Schema(description = "The change asked for, or the client's words with the rating") @Size(max = 4000)
    String text,
    @Schema(description = "1 (poor) to 5 (excellent)", example = "5") @Min(1) @Max(5) Integer rating) {

  static final String MILESTONE_ACCEPTED = "milestone-accepted";
  static final String CHANGE = "change";
  static final String FEEDBACK = "feedback";
}
