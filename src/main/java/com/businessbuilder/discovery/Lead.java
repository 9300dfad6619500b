package com.businessbuilder.discovery;

import java.time.Instant;
import java.util.List;

/**
 * A lead as {@code bb_lead} keeps it: what was submitted, what discovery found out, and where its run stands. The
 * lead's one home: the views read it, the steps write to it.
 *
 * @param runId the lead's client-discovery run
 * @param status where the lead stands (kept in step with the run by {@link LeadRunProjection})
 * @param currentStep the steps the run waits at, as a person reads them
 * @param incident the incident that holds the run, if any
 * @param reason why the lead ended where it did (or waits for the CEO's budget decision)
 * @param factors the matched rules of the latest scoring
 * @param dealId the deal the lead became once handed to sales
 */
record Lead(String id, LeadRequest data, String runId, Instant createdAt, LeadStatus status, String currentStep,
    String incident, String reason, String marketSegment, String marketSummary, String digitalFootprint, String companyProfile,
    String disqualificationReason, Integer score, String tier, String nextStep, List<ScoreFactor> factors,
    Integer nurtureRound, String dealId, Instant updatedAt) {

  /** A lead just submitted, before its run has done anything. */
  static Lead submitted(String id, LeadRequest data, String runId, Instant createdAt) {
    return new Lead(id, data, runId, createdAt, LeadStatus.IN_DISCOVERY, null, null, null, null, null, null, null,
        null, null, null, null, List.of(), 0, null, createdAt);
  }
}
