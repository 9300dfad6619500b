package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The agent of a role's circle (its department role), who drafts the proposals about the role and amends them to
 * meet objections. What it proposes must be a change the catalog can take ({@link ProposalCheck}); it is asked again
 * with the problems, and an agent that never gets there fails the task (an incident).
 */
@Component
class CircleAgent {

  /** Speaks for a role whose circle is gone. */
  static final String FALLBACK_CIRCLE = "management";

  private final TensionRepository tensions;
  private final AgentRoles roles;
  private final Agents agents;
  private final ProposalCheck check;

  CircleAgent(TensionRepository tensions, AgentRoles roles, Agents agents, ProposalCheck check) {
    this.tensions = tensions;
    this.roles = roles;
    this.agents = agents;
    this.check = check;
  }

  /**
   * Asks for the tension's next proposal revision and stores it; a task offered again gets the revision it stored.
   *
   * @param more what else the proposal must be, beyond a change the catalog can take
   */
  Proposal propose(Tension tension, WorkItem item, Map<String, Object> inputs,
      Function<ProposalDraft, List<String>> more) {
    Optional<Proposal> stored = tensions.proposalOf(tension.id(), item.id());
    if (stored.isPresent()) {
      return stored.get();
    }
    ProposalDraft draft = agents.ask(new Assignment(circleOf(tension.roleId()), item.topic(), item, inputs),
        ProposalDraft.class, proposed -> {
          List<String> problems = new ArrayList<>(check.problems(proposed));
          problems.addAll(more.apply(proposed));
          return problems;
        });
    return tensions.addProposal(tension.id(), item.id(), draft.change(), draft.roleId(), check.proposed(draft),
        roles.find(draft.roleId()).map(AgentRole::version).orElse(0), draft.rationale());
  }

  private String circleOf(String roleId) {
    return roles.find(roleId).map(AgentRole::department).filter(department -> roles.find(department).isPresent())
        .orElse(FALLBACK_CIRCLE);
  }
}
