package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.approval.RecordsGateDecision;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.engine.GateRefused;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Decide on the proposal" shows the tension, the proposal with what it changes, and the objections round by round;
 * the CEO's decision is carried out before the run moves on. A proposal the catalog can no longer take (its role
 * changed meanwhile, a department or reviewer it needs was retired) cannot be approved, only redrafted or rejected.
 */
@Component
class ProposalGate implements PreparesGate, RecordsGateDecision {

  static final String TENSION = "governanceTension";
  static final String PROPOSAL = "governanceProposal";
  static final String OBJECTIONS = "governanceObjections";

  /** Who decided when the engine knows no person (a decision made by the application itself). */
  static final String UNKNOWN_PERSON = "unknown";

  private final TensionRepository tensions;
  private final ProposalDecisions decisions;
  private final AgentRoles roles;

  ProposalGate(TensionRepository tensions, ProposalDecisions decisions, AgentRoles roles) {
    this.tensions = tensions;
    this.decisions = decisions;
    this.roles = roles;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return GovernanceProcess.PROCESS_ID.equals(gate.processId())
        && GovernanceProcess.Elements.DECIDE_ON_PROPOSAL.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Tension tension = tensions.require(tensionId(gate));
    Proposal proposal = tensions.requireProposal(tension.id());
    String summary = RoleDiff.summary(proposal, roles.find(proposal.roleId()).orElse(null));
    String where = "GET /api/tensions/" + tension.id();
    return new GateContent(summary, Map.of(
        TENSION, GateContent.excerpt("Raised by " + tension.raisedBy() + " about " + tension.roleId() + ".\nWhat is: "
            + tension.whatIs() + "\nWhat should be: " + tension.whatShouldBe(), where),
        PROPOSAL, GateContent.excerpt(summary + "\n\nWhy: " + proposal.rationale(), where),
        OBJECTIONS, GateContent.excerpt(decisions.objections(proposal), where)));
  }

  @Override
  public boolean records(GateEvent gate) {
    return prepares(gate);
  }

  @Override
  public void decided(GateEvent gate, ApprovalDecision decision) {
    String tensionId = tensionId(gate);
    String person = gate.person() == null ? UNKNOWN_PERSON : gate.person();
    Object comment = gate.variable(ApprovalDecision.COMMENT_VARIABLE);
    String reason = comment == null ? null : comment.toString();
    switch (decision) {
      case APPROVE -> {
        List<String> problems = decisions.problemsAdopting(tensionId);
        if (!problems.isEmpty()) {
          throw new GateRefused(ApprovalDecision.VARIABLE, "Decision: this proposal cannot be adopted as it is ("
              + String.join("; ", problems) + "); request changes so it is drafted again, or reject");
        }
        decisions.adopt(tensionId, person, reason);
      }
      case REJECT -> decisions.reject(tensionId, person, reason);
      case CHANGES -> {
        // drafted again: the drafting task reads the CEO's comment from the decision
      }
    }
  }

  private static String tensionId(GateEvent gate) {
    return (String) gate.variable(GovernanceProcess.Variables.TENSION_ID);
  }
}
