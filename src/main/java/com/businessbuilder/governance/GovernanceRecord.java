package com.businessbuilder.governance;

import java.time.Instant;

/**
 * What was decided on a tension's proposal, by whom and why.
 *
 * @param roleVersion the version of the role the adoption made (the retirement's for a retired role); null when
 *     rejected
 * @param summary what the proposal changes, in words
 * @param objections the objections raised, round by round, and the ones still open when the CEO decided
 * @param reason the CEO's words
 */
record GovernanceRecord(String id, String tensionId, int revision, Proposal.Change change, String roleId,
    Tension.Status outcome, Integer roleVersion, String summary, String objections, String decidedBy, String reason,
    Instant decidedAt) {}
