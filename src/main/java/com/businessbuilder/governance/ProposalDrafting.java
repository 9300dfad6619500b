package com.businessbuilder.governance;

import static com.businessbuilder.governance.GovernanceProcess.Variables.*;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Draft a proposal": the {@link CircleAgent} proposes how to settle the tension: add, change or retire a role, an
 * accountability or a policy. Drafted again, with the CEO's comment, when the CEO asks for changes.
 */
@Component
class ProposalDrafting implements TaskHandler {

  private final TensionRepository tensions;
  private final AgentRoles roles;
  private final CircleAgent circle;
  private final GovernanceJson json;

  ProposalDrafting(TensionRepository tensions, AgentRoles roles, CircleAgent circle, GovernanceJson json) {
    this.tensions = tensions;
    this.roles = roles;
    this.circle = circle;
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
    circle.propose(tension, item, inputs, draft -> List.of());
    return Map.of(INTEGRATION_ROUND, 0);
  }
}
