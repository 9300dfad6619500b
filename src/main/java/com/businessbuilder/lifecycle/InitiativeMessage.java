package com.businessbuilder.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message from the CEO to an initiative.
 *
 * @param type {@code instruction} (with {@code text}; while it is built), {@code strategic-change} (with
 *     {@code text}; while it operates) or {@code retire} ({@code text}: why; at any time)
 */
record InitiativeMessage(
    @Schema(example = "instruction")
    @NotBlank @Pattern(regexp = "instruction|strategic-change|retire",
        message = "must be instruction, strategic-change or retire") String type,
    @Schema(description = "The instruction, the change, or why the initiative is retired")
    @Size(max = 4000) String text) {

  static final String INSTRUCTION = "instruction";
  static final String STRATEGIC_CHANGE = "strategic-change";
  static final String RETIRE = "retire";
}
