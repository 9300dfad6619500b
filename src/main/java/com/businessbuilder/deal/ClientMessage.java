package com.businessbuilder.deal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message from the client, as {@code POST /api/deals/{id}/messages} takes it.
 *
 * @param type {@code reply} (to the outreach) or {@code answer} (to the proposal or revised terms)
 * @param answer for an answer: {@code accept}, {@code counter} or {@code decline}
 * @param discountPercent for a counter-offer: the discount the client asks for
 */
@Schema(description = "A message from the client: a reply to the outreach, or the answer to a proposal")
record ClientMessage(
    @NotBlank @Pattern(regexp = "reply|answer", message = "must be reply or answer") String type,
    @NotBlank @Size(max = 8000) String text,
    @Pattern(regexp = "accept|counter|decline", message = "must be accept, counter or decline") String answer,
    @Min(0) @Max(100) Integer discountPercent) {

  static final String REPLY = "reply";
  static final String ANSWER = "answer";
}
