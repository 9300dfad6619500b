package com.businessbuilder.governance;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A tension as someone raises it: what is, what should be, and the role concerned. */
record TensionRequest(
    @Schema(description = "The role concerned, an id from GET /api/agents", example = "invoice-clerk")
    @NotBlank @Size(max = 100) String roleId,
    @Schema(example = "Reminders go out the day an invoice is due, and clients complain")
    @NotBlank @Size(max = 2000) String whatIs,
    @Schema(example = "Always wait three days past the due date before dunning")
    @NotBlank @Size(max = 2000) String whatShouldBe) {

  TensionRequest normalized() {
    return new TensionRequest(roleId.trim(), whatIs.trim(), whatShouldBe.trim());
  }
}
