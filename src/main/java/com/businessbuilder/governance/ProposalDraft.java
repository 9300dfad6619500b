package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A proposal as an agent writes it: the change, the role it is about and, unless it retires the role, the role as
 * it would be.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProposalDraft(@NotNull Proposal.Change change, @NotBlank @Size(max = 100) String roleId, @Valid Role role,
    @NotBlank @Size(max = 2000) String rationale) {

  /** The role as it would be, without its id and version (the proposal's roleId and the catalog give those). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Role(@NotBlank String name, @NotNull AgentRole.Kind kind, @NotBlank String department,
      @NotBlank String purpose, @NotEmpty List<@NotBlank String> accountabilities,
      @NotEmpty List<@NotBlank String> domains, @NotEmpty List<@NotBlank String> policies,
      @NotEmpty List<@NotBlank String> skills, String reviewedBy) {

    static Role of(AgentRole role) {
      return new Role(role.name(), role.kind(), role.department(), role.purpose(), role.accountabilities(),
          role.domains(), role.policies(), role.skills(), role.reviewedBy());
    }

    AgentRole as(String id, int version) {
      return new AgentRole(id, name, kind, department, purpose, accountabilities, domains, policies, skills,
          reviewedBy == null || reviewedBy.isBlank() ? null : reviewedBy, version);
    }
  }

  static ProposalDraft of(Proposal proposal) {
    return new ProposalDraft(proposal.change(), proposal.roleId(),
        proposal.role() == null ? null : Role.of(proposal.role()), proposal.rationale());
  }
}
