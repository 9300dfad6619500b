package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a drafted or amended proposal must be: about a role that exists (or, to add one, does not), a real change,
 * and one the catalog stays valid with (departments and reviewers that are there).
 */
@Component
class ProposalCheck {

  private final AgentRoles roles;

  ProposalCheck(AgentRoles roles) {
    this.roles = roles;
  }

  List<String> problems(ProposalDraft draft) {
    Optional<AgentRole> current = roles.find(draft.roleId());
    List<String> problems = new ArrayList<>();
    switch (draft.change()) {
      case ADD -> {
        current.ifPresent(role -> problems.add("role '" + role.id() + "' is in force already; change it instead"));
        requireRole(draft, problems);
      }
      case CHANGE -> {
        if (current.isEmpty()) {
          problems.add("there is no role '" + draft.roleId() + "' in force to change");
        } else if (requireRole(draft, problems) && sameAs(current.get(), draft)) {
          problems.add("the role would stay as it is; a proposal changes something");
        }
      }
      case RETIRE -> {
        if (draft.role() != null) {
          problems.add("a retirement has no role definition; leave 'role' out");
        }
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(draft.change() == Proposal.Change.RETIRE ? roles.problemsRetiring(draft.roleId())
          : roles.problemsAdopting(draft.role().as(draft.roleId(), 1)));
    }
    return problems;
  }

  /** The role the proposal would make, numbered after the version in force. */
  AgentRole proposed(ProposalDraft draft) {
    return draft.role() == null ? null
        : draft.role().as(draft.roleId(), roles.find(draft.roleId()).map(AgentRole::version).orElse(0) + 1);
  }

  private static boolean requireRole(ProposalDraft draft, List<String> problems) {
    if (draft.role() == null) {
      problems.add("'role' is required: the role as it would be after the change");
      return false;
    }
    return true;
  }

  private static boolean sameAs(AgentRole current, ProposalDraft draft) {
    return ProposalDraft.Role.of(current).equals(draft.role());
  }
}
