package com.businessbuilder.governance;

import static com.businessbuilder.governance.GovernanceProcess.Variables.*;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final Agents agents;
  private final ProposalCheck check;
  private final GovernanceJson json;

  ObjectionIntegration(TensionRepository tensions, AgentRoles roles, Agents agents, ProposalCheck check,
      GovernanceJson json) {
    this.tensions = tensions;
    this.roles = roles;
    this.agents = agents;
    this.check = check;
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
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("whatIs", tension.whatIs());
    inputs.put("whatShouldBe", tension.whatShouldBe());
    inputs.put("proposal", json.write(ProposalDraft.of(proposal)));
    inputs.put("addedItems", ObjectionRound.lines(RoleDiff.added(before, proposal.role())));
    inputs.put("objections", tensions.objections(tension.id()).stream()
        .filter(objection -> objection.revision() == proposal.revision()).map(Objection::describe)
        .collect(Collectors.joining("\n")));
    ProposalDraft amended = agents.ask(new Assignment(ProposalDrafting.circleOf(roles, tension.roleId()), topic(),
        item, inputs), ProposalDraft.class, draft -> problems(draft, proposal));
    tensions.addProposal(tension.id(), amended.change(), amended.roleId(), check.proposed(amended),
        before == null ? 0 : before.version(), amended.rationale());
    Integer round = item.integer(INTEGRATION_ROUND);
    return Map.of(INTEGRATION_ROUND, (round == null ? 0 : round) + 1);
  }

  private List<String> problems(ProposalDraft draft, Proposal proposal) {
    List<String> problems = new ArrayList<>(check.problems(draft));
    if (draft.change() != proposal.change() || !draft.roleId().equals(proposal.roleId())) {
      problems.add("an integration amends the proposal: keep its change (" + proposal.change() + ") and its role ("
          + proposal.roleId() + ")");
    }
    return problems;
  }
}
