package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.*;

import java.util.Arrays;
import java.util.Optional;

/** The stages of deal closing: each one a call activity of {@code deal-closing}, and the deal's end. */
enum DealStage {
  OUTREACH(STAGE_OUTREACH),
  AWAITING_REPLY(STAGE_AWAIT_REPLY),
  NEEDS_ASSESSMENT(STAGE_NEEDS_ASSESSMENT),
  PROPOSAL(STAGE_PROPOSAL),
  AWAITING_ANSWER(STAGE_CLIENT_ANSWER),
  NEGOTIATION(STAGE_NEGOTIATION),
  CONTRACT(STAGE_CONTRACT),
  PAYMENT_SETUP(STAGE_PAYMENT_SETUP),
  WON(null),
  LOST(null);

  private final String callActivity;

  DealStage(String callActivity) {
    this.callActivity = callActivity;
  }

  /** The stage whose call activity this is. */
  static Optional<DealStage> of(String activityId) {
    return Arrays.stream(values()).filter(stage -> stage.callActivity != null && stage.callActivity.equals(activityId))
        .findFirst();
  }
}
