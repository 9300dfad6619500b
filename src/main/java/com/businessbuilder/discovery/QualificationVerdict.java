package com.businessbuilder.discovery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The lead qualifier's verdict; a disqualified lead always carries its reason. */
record QualificationVerdict(@NotNull Boolean qualified, @Size(max = 300) String reason) {

  @JsonIgnore
  @AssertTrue(message = "must be given when the lead is not qualified")
  boolean isReason() {
    return !Boolean.FALSE.equals(qualified) || (reason != null && !reason.isBlank());
  }
}
