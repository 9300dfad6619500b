package com.businessbuilder.agent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Agents", description = "The company's agent roles and what they did")
class AgentRoleController {

  private final AgentRoles roles;

  AgentRoleController(AgentRoles roles) {
    this.roles = roles;
  }

  @GetMapping("/api/agents")
  @Operation(summary = "The agent roles", description = "Every role of the catalog, one object per role")
  Collection<AgentRole> roles() {
    return roles.all();
  }
}
