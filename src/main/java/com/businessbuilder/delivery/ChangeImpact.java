package com.businessbuilder.delivery;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** An agent's assessment of a change the client asked for: the answer type of {@code project-change-assess}. */
record ChangeImpact(@NotBlank @Size(max = 2000) String summary,
    @NotNull @PositiveOrZero @DecimalMax("2000") BigDecimal addedHours, List<@NotBlank String> affectedTasks) {

  ChangeImpact {
    affectedTasks = affectedTasks == null ? List.of() : List.copyOf(affectedTasks);
  }
}
