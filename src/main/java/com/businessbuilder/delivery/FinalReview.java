package com.businessbuilder.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The final reviewer's verdict on a whole deliverable: the answer type of {@code project-final-review}. */
record FinalReview(@NotNull Boolean passed, @NotNull @Size(max = 40) List<@Valid @NotNull Finding> findings) {

  /** A gap in one task's output. */
  record Finding(@NotBlank String taskKey, @NotBlank @Size(max = 1000) String problem) {}
}
