package com.businessbuilder.governance;

import static com.businessbuilder.governance.GovernanceProcess.Variables.*;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Draft a proposal": the agent of the concerned role's circle (its department role) proposes how to settle the
 * tension: add, change or retire a role, an accountability or a policy. Asked again while the proposal is not one
 * the catalog can take ({@link ProposalCheck}); an agent that never gets there fails the task (an incident). Drafted
 * again, with the CEO's comment, when the CEO asks for changes.
 */
@Component
class ProposalDrafting implements TaskHandler {

  private final TensionRepository tensions;
  private final AgentRoles roles;
  private final Agents agents;
  private final ProposalCheck check;
  private final GovernanceJson json;

  ProposalDrafting(TensionRepository tensions, AgentRoles roles, Agents agents, ProposalCheck check,
      GovernanceJson json) {
    this.tensions = tensions;
    this.roles = roles;
    this.agents = agents;
    this.check = check;
    this.json = json;
  }

  @Override
  public String topic() {
    return GovernanceProcess.Topics.DRAFT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Tension tension = tensions.require(item.require(TENSION_ID));
    Optional<AgentRole> concerned = roles.find(tension.roleId());
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("roleId", tension.roleId());
    inputs.put("role", concerned.map(role -> json.write(ProposalDraft.Role.of(role))).orElse("retired since"));
    inputs.put("raisedBy", tension.raisedBy());
    inputs.put("whatIs", tension.whatIs());
    inputs.put("whatShouldBe", tension.whatShouldBe());
    inputs.put("catalog", roles.all().stream().map(role -> role.id() + " (" + role.kind() + " in " + role.department()
        + "): " + role.purpose()).collect(Collectors.joining("\n")));
    boolean changesAsked = ApprovalDecision.CHANGES.value().equals(item.string(ApprovalDecision.VARIABLE));
    inputs.put("ceoComment", changesAsked ? item.string(ApprovalDecision.COMMENT_VARIABLE) : null);
    inputs.put("previousProposal", changesAsked ? tensions.proposal(tension.id())
        .map(proposal -> RoleDiff.summary(proposal, concerned.orElse(null))).orElse(null) : null);
    ProposalDraft draft = agents.ask(new Assignment(circleOf(roles, tension.roleId()), topic(), item, inputs),
        ProposalDraft.class, check::problems);
    tensions.addProposal(tension.id(), draft.change(), draft.roleId(), check.proposed(draft),
        roles.find(draft.roleId()).map(AgentRole::version).orElse(0), draft.rationale());
    return Map.of(INTEGRATION_ROUND, 0);
  }

  /** The department role of a role's circle, which drafts and integrates its proposals. */
  static String circleOf(AgentRoles roles, String roleId) {
    return roles.find(roleId).map(AgentRole::department).filter(department -> roles.find(department).isPresent())
        .orElse("management");
  }
}
