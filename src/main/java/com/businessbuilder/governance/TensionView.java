package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A tension as the API shows it; followed by one ({@code GET /api/tensions/{id}}) it has its newest proposal, every
 * objection and, once settled, the record of the decision.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TensionView(String id, String raisedBy, String roleId, String whatIs, String whatShouldBe,
    Tension.Status status, String processInstanceId, Instant createdAt, Instant settledAt, ProposalView proposal,
    List<Objection> objections, GovernanceRecord record) {

  /** A revision of the proposal: what it changes in words, and the role as it would be. */
  record ProposalView(int revision, Proposal.Change change, String roleId, String summary, String rationale,
      AgentRole role) {}

  static TensionView summary(Tension tension) {
    return of(tension, null, null, null);
  }

  static TensionView of(Tension tension, ProposalView proposal, List<Objection> objections, GovernanceRecord record) {
    return new TensionView(tension.id(), tension.raisedBy(), tension.roleId(), tension.whatIs(), tension.whatShouldBe(),
        tension.status(), tension.runId(), tension.createdAt(), tension.settledAt(), proposal, objections, record);
  }
}
