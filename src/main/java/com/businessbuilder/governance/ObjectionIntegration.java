package com.businessbuilder.governance;

import static com.businessbuilder.governance.GovernanceProcess.Variables.*;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Integrate the objections": the drafting agent amends the proposal so that it meets the objections and still
 * settles the tension; the amended revision keeps the change and the role, and is objected to again.
 */
@Component
class ObjectionIntegration implements TaskHandler {

  private final TensionRepository tensions;
  private final AgentRoles roles;
  private final CircleAgent circle;
  private final GovernanceJson json;

  ObjectionIntegration(TensionRepository tensions, AgentRoles roles, CircleAgent circle, GovernanceJson json) {
    this.tensions = tensions;
    this.roles = roles;
    this.circle = circle;
    this.json = json;
  }

  @Override
  public String topic() {
    return GovernanceProcess.Topics.INTEGRATE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Tension tension = tensions.require(item.require(TENSION_ID));
    Proposal proposal = tensions.requireProposal(tension.id());
    AgentRole before = roles.find(proposal.roleId()).orElse(null);
    Map<String, Object> inputs = ObjectionRound.inputs(tension, proposal, before, json);
    inputs.put("objections", tensions.objections(tension.id()).stream()
        .filter(objection -> objection.revision() == proposal.revision()).map(Objection::describe)
        .collect(Collectors.joining("\n")));
    circle.propose(tension, item, inputs, draft -> keeps(draft, proposal));
    Integer round = item.integer(INTEGRATION_ROUND);
    return Map.of(INTEGRATION_ROUND, (round == null ? 0 : round) + 1);
  }

  private static List<String> keeps(ProposalDraft draft, Proposal proposal) {
    return draft.change() == proposal.change() && draft.roleId().equals(proposal.roleId()) ? List.of()
        : List.of("an integration amends the proposal: keep its change (" + proposal.change() + ") and its role ("
            + proposal.roleId() + ")");
  }
}
