package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import java.time.Instant;

/**
 * One revision of the change that settles a tension.
 *
 * @param role the role as it would be; null when the proposal retires it
 * @param basedOn the version of the role in force when this revision was made (0 for a new role)
 */
record Proposal(String tensionId, int revision, Change change, String roleId, AgentRole role, int basedOn,
    String rationale, Instant createdAt) {

  /** Adding a role, changing one (its purpose, accountabilities, domains or policies), or retiring it. */
  enum Change { ADD, CHANGE, RETIRE }
}
