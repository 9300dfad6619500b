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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Collect objections": the agent of each role the newest revision affects says whether it objects, and an
 * objection counts only against one of the two criteria ({@link Objection.Criterion}). Affected are the role itself,
 * its circle's department role, the reviewer it works with (or the producers it reviews), and the roles whose
 * domains the added accountabilities, domains or policies touch.
 */
@Component
class ObjectionRound implements TaskHandler {

  private final TensionRepository tensions;
  private final AgentRoles roles;
  private final Agents agents;
  private final GovernanceProperties properties;
  private final GovernanceJson json;

  ObjectionRound(TensionRepository tensions, AgentRoles roles, Agents agents, GovernanceProperties properties,
      GovernanceJson json) {
    this.tensions = tensions;
    this.roles = roles;
    this.agents = agents;
    this.properties = properties;
    this.json = json;
  }

  @Override
  public String topic() {
    return GovernanceProcess.Topics.OBJECTIONS;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Tension tension = tensions.require(item.require(TENSION_ID));
    Proposal proposal = tensions.requireProposal(tension.id());
    AgentRole before = roles.find(proposal.roleId()).orElse(null);
    List<RoleDiff.Item> added = RoleDiff.added(before, proposal.role());
    Map<String, Object> inputs = inputs(tension, proposal, before, json);
    inputs.put("concernedRole", proposal.roleId());
    inputs.put("summary", RoleDiff.summary(proposal, before));
    inputs.put("droppedItems", lines(dropped(before, proposal)));
    List<Objection> objections = new ArrayList<>();
    for (AgentRole affected : affected(before, proposal, added)) {
      Map<String, Object> asked = new HashMap<>(inputs);
      asked.put("yourRole", affected.id());
      asked.put("yourDomains", String.join("\n", affected.domains()));
      ObjectionAnswer answer = agents.ask(new Assignment(affected.id(), topic(), item, asked), ObjectionAnswer.class,
          ObjectionAnswer::problems);
      if (answer.objects()) {
        objections.add(new Objection(tension.id(), proposal.revision(), affected.id(), answer.criterion(),
            answer.reason().strip()));
      }
    }
    tensions.replaceObjections(tension.id(), proposal.revision(), objections);
    return Map.of(OBJECTION_COUNT, objections.size());
  }

  private List<AgentRole> affected(AgentRole before, Proposal proposal, List<RoleDiff.Item> added) {
    AgentRole role = proposal.role() != null ? proposal.role() : before;
    Set<String> ids = new LinkedHashSet<>();
    if (before != null) {
      ids.add(before.id());
    }
    ids.add(role.department());
    if (role.reviewedBy() != null) {
      ids.add(role.reviewedBy());
    }
    for (AgentRole other : roles.all()) {
      if (role.id().equals(other.reviewedBy())) {
        ids.add(other.id());
      }
      boolean touched = added.stream().anyMatch(item -> other.domains().stream()
          .anyMatch(domain -> RoleDiff.overlap(item.text(), domain)));
      if (touched && !other.id().equals(role.id())) {
        ids.add(other.id());
      }
    }
    return ids.stream().map(id -> roles.find(id).orElse(null)).filter(Objects::nonNull)
        .limit(properties.maxObjectors()).toList();
  }

  /**
   * What the proposal takes away that no role would hold any more. What a specialist gives up goes back to its
   * circle (its department role holds it), so only a department's own items can be dropped.
   */
  private List<RoleDiff.Item> dropped(AgentRole before, Proposal proposal) {
    if (before == null || before.kind() != AgentRole.Kind.department) {
      return List.of();
    }
    Set<String> heldElsewhere = roles.all().stream().filter(role -> !role.id().equals(before.id()))
        .flatMap(role -> java.util.stream.Stream.concat(role.accountabilities().stream(), role.policies().stream()))
        .collect(Collectors.toSet());
    return RoleDiff.removed(before, proposal.role()).stream()
        .filter(item -> !item.kind().equals("domain") && !heldElsewhere.contains(item.text())).toList();
  }

  /** What the agents asked about a revision read: the tension, the proposal and what it adds. */
  static Map<String, Object> inputs(Tension tension, Proposal proposal, AgentRole before, GovernanceJson json) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("whatIs", tension.whatIs());
    inputs.put("whatShouldBe", tension.whatShouldBe());
    inputs.put("proposal", json.write(ProposalDraft.of(proposal)));
    inputs.put("addedItems", lines(RoleDiff.added(before, proposal.role())));
    return inputs;
  }

  static String lines(List<RoleDiff.Item> items) {
    return items.stream().map(RoleDiff.Item::toString).collect(Collectors.joining("\n"));
  }
}
