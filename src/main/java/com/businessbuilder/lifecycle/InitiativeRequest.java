package com.businessbuilder.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The CEO's goal for a new initiative. */
record InitiativeRequest(
    @Schema(description = "What the business should achieve, in words",
        example = "Open an online shop for handmade furniture within 90 days")
    @NotBlank @Size(min = 10, max = 2000) String goal,
    @Schema(description = "What the plan must respect, one per entry",
        example = "[\"Sell only in the EU\", \"Work with three carpenters we already know\"]")
    @Size(max = 12) List<@NotBlank @Size(max = 500) String> constraints,
    @Schema(description = "What the initiative may cost", example = "20000")
    @NotNull @Positive @DecimalMax("100000000") BigDecimal budget,
    @Schema(example = "EUR") @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code")
    String currency,
    @Schema(description = "When the goal must be reached (ISO date, in the future)", example = "2027-03-01")
    @NotNull @Future LocalDate deadline) {

  InitiativeRequest normalized() {
    return new InitiativeRequest(goal.strip(), constraints == null ? List.of()
        : constraints.stream().map(String::strip).toList(), budget,
        currency == null ? "EUR" : currency.toUpperCase(Locale.ROOT), deadline);
  }
}
