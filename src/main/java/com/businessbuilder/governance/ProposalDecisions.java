package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Carries out the CEO's decision on a proposal in the transaction that records it: an adopted proposal becomes the
 * next version of its role (or retires it), a rejected one changes nothing; either way the tension is settled and
 * the record says what was decided, by whom and why.
 */
@Service
class ProposalDecisions {

  private final TensionRepository tensions;
  private final GovernanceRecords records;
  private final AgentRoles roles;
  private final ProposalCheck check;

  ProposalDecisions(TensionRepository tensions, GovernanceRecords records, AgentRoles roles, ProposalCheck check) {
    this.tensions = tensions;
    this.records = records;
    this.roles = roles;
    this.check = check;
  }

  /** Why the newest proposal cannot be adopted as it is now; empty when it can. */
  List<String> problemsAdopting(String tensionId) {
    Proposal proposal = tensions.requireProposal(tensionId);
    int inForce = roles.find(proposal.roleId()).map(AgentRole::version).orElse(0);
    if (inForce != proposal.basedOn()) {
      return List.of("the role " + proposal.roleId() + " changed since this proposal was drafted (version " + inForce
          + " is in force, the proposal changes version " + proposal.basedOn() + ")");
    }
    return check.problems(ProposalDraft.of(proposal));
  }

  GovernanceRecord adopt(String tensionId, String decidedBy, String reason) {
    Proposal proposal = tensions.requireProposal(tensionId);
    String summary = RoleDiff.summary(proposal, roles.find(proposal.roleId()).orElse(null));
    String recordId = UUID.randomUUID().toString();
    AgentRole adopted = proposal.change() == Proposal.Change.RETIRE ? roles.retire(proposal.roleId(), recordId)
        : roles.adopt(proposal.role(), recordId);
    return settle(recordId, proposal, Tension.Status.ADOPTED, adopted.version(), summary, decidedBy, reason);
  }

  GovernanceRecord reject(String tensionId, String decidedBy, String reason) {
    Proposal proposal = tensions.requireProposal(tensionId);
    String summary = RoleDiff.summary(proposal, roles.find(proposal.roleId()).orElse(null));
    return settle(UUID.randomUUID().toString(), proposal, Tension.Status.REJECTED, null, summary, decidedBy, reason);
  }

  /** The objections round by round, and how many were still open when the CEO decided. */
  String objections(Proposal proposal) {
    List<Objection> all = tensions.objections(proposal.tensionId());
    if (all.isEmpty()) {
      return "No objections.";
    }
    Map<Integer, List<Objection>> byRevision = all.stream().collect(Collectors.groupingBy(Objection::revision,
        java.util.TreeMap::new, Collectors.toList()));
    StringBuilder text = new StringBuilder();
    byRevision.forEach((revision, objections) -> text.append("Revision ").append(revision).append(":\n")
        .append(objections.stream().map(o -> "- " + o.describe()).collect(Collectors.joining("\n"))).append('\n'));
    long open = all.stream().filter(o -> o.revision() == proposal.revision()).count();
    return text.append(open == 0 ? "None open." : open + " open against the proposal decided on.").toString();
  }

  private GovernanceRecord settle(String recordId, Proposal proposal, Tension.Status outcome, Integer version,
      String summary, String decidedBy, String reason) {
    GovernanceRecord record = new GovernanceRecord(recordId, proposal.tensionId(), proposal.revision(),
        proposal.change(), proposal.roleId(), outcome, version, cut(summary, 4000), cut(objections(proposal), 4000),
        decidedBy, reason == null || reason.isBlank() ? null : cut(reason.strip(), 2000), TensionRepository.now());
    records.insert(record);
    tensions.settle(proposal.tensionId(), outcome);
    return record;
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
