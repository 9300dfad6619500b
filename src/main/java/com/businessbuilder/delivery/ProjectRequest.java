package com.businessbuilder.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A project opened directly, for work that did not come through a deal. */
record ProjectRequest(
    @Schema(example = "Acme Robotics") @NotBlank @Size(max = 200) String company,
    @Schema(example = "Dana Reyes") @Size(max = 200) String contactName,
    @Schema(example = "dana@acme.example") @NotBlank @Size(max = 320)
    @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid e-mail address") String contactEmail,
    @Schema(description = "What the client needs, one requirement per entry; the plan covers each",
        example = "[\"A customer portal where dealers order spare parts\", \"Orders reach the ERP within a minute\"]")
    @NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 500) String> requirements,
    @Schema(description = "The agreed price, billed across the milestones", example = "30000")
    @NotNull @Positive @DecimalMax("10000000") BigDecimal price,
    @Schema(example = "EUR") @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter currency code")
    String currency,
    @Schema(example = "8") @Min(1) @Max(104) Integer deliveryWeeks,
    @Schema(example = "low") @Pattern(regexp = "(?i)low|medium|high", message = "must be low, medium or high")
    String risk,
    @Schema(description = "Anything else delivery should know") @Size(max = 4000) String brief) {

  ProjectRequest normalized(int defaultWeeks) {
    return new ProjectRequest(company.trim(), contactName == null || contactName.isBlank() ? null : contactName.trim(),
        contactEmail.trim(), requirements.stream().map(String::trim).toList(), price,
        currency == null ? "EUR" : currency.toUpperCase(Locale.ROOT), deliveryWeeks == null ? defaultWeeks
        : deliveryWeeks, risk == null ? "low" : risk.toLowerCase(Locale.ROOT), brief == null ? "" : brief.trim());
  }
}
