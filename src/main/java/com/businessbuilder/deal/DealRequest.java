package com.businessbuilder.deal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A deal to close, as {@code POST /api/deals} takes it: the lead's fields, and how risky the client is. */
@Schema(description = "A deal to close: the fields of an approved lead")
public record DealRequest(
    @Schema(description = "The lead it came from, if any") @Size(max = 36) String leadId,
    @Schema(example = "Acme Software GmbH") @NotBlank @Size(max = 200) String company,
    @Schema(example = "Dana Reyes") @Size(max = 200) String contactName,
    @Schema(example = "cto@acme-software.example")
    @NotBlank @Size(max = 320)
    @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a valid e-mail address")
    String contactEmail,
    @Schema(example = "software") @Size(max = 100) String industry,
    @Schema(example = "450") @Min(1) @Max(10_000_000) Integer employees,
    @Schema(description = "Yearly budget in whole euros", example = "120000") @PositiveOrZero Long annualBudget,
    @Schema(example = "Needs a customer portal integrated with their ERP") @Size(max = 4000) String notes,
    @Schema(allowableValues = {"low", "medium", "high"}, defaultValue = "low")
    @Pattern(regexp = "(?i)low|medium|high", message = "must be one of low, medium, high") String risk) {

  /** Trimmed, with the default risk. */
  DealRequest normalized() {
    return new DealRequest(blankToNull(leadId), company.trim(), blankToNull(contactName), contactEmail.trim(),
        industry == null ? null : industry.trim().toLowerCase(Locale.ROOT), employees, annualBudget,
        notes == null ? "" : notes.trim(), risk == null ? "low" : risk.toLowerCase(Locale.ROOT));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
