package com.businessbuilder.work;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.engine.GateRefused;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * What makes a proposed plan usable beyond its shape: each task's roles are a producer and a reviewer of the
 * catalog, its dependencies name tasks of the plan and form no cycle, its group is one the pipeline knows, and every
 * requirement is served by some task. Each problem is said so the planner can fix it when asked again.
 */
@Component
public class PlanCheck {

  private final AgentRoles roles;

  PlanCheck(AgentRoles roles) {
    this.roles = roles;
  }

  /**
   * @param requirements how many requirements the plan must cover (numbered from 1)
   * @param groups the groups a task may be in; empty for any
   * @param settled the keys of the tasks already done or dropped: a new task may depend on them, not reuse a key
   * @return the problems, empty when the plan is usable
   */
  public List<String> problems(WorkPlan plan, int requirements, Set<String> groups, Set<String> settled) {
    List<String> problems = new ArrayList<>();
    Map<String, WorkPlan.Task> byKey = new LinkedHashMap<>();
    for (WorkPlan.Task task : plan.tasks()) {
      if (byKey.putIfAbsent(task.key(), task) != null) {
        problems.add("task key " + task.key() + " is used twice; give every task its own key");
      }
      if (settled.contains(task.key())) {
        problems.add("task key " + task.key() + " belongs to a finished task; give the new task a new key");
      }
      role(task.key(), task.producerRole(), AgentRole.Kind.producer, problems);
      role(task.key(), task.reviewerRole(), AgentRole.Kind.reviewer, problems);
      if (!groups.isEmpty() && (task.group() == null || !groups.contains(task.group()))) {
        problems.add("task " + task.key() + " is in group '" + task.group() + "'; use one of " + groups);
      }
      for (Integer requirement : task.covers()) {
        if (requirement > requirements) {
          problems.add("task " + task.key() + " covers requirement " + requirement + ", but there are only "
              + requirements);
        }
      }
    }
    for (WorkPlan.Task task : plan.tasks()) {
      for (String dependency : task.dependsOn()) {
        if (dependency.equals(task.key())) {
          problems.add("task " + task.key() + " depends on itself");
        } else if (!byKey.containsKey(dependency) && !settled.contains(dependency)) {
          problems.add("task " + task.key() + " depends on " + dependency + ", which is not a task of the plan");
        }
      }
    }
    cycle(byKey).ifPresent(problems::add);
    Set<Integer> uncovered = new TreeSet<>();
    for (int requirement = 1; requirement <= requirements; requirement++) {
      uncovered.add(requirement);
    }
    plan.tasks().forEach(task -> task.covers().forEach(uncovered::remove));
    if (!settled.isEmpty()) {
      uncovered.clear(); // a re-plan covers what is left; the finished tasks served the rest
    }
    if (!uncovered.isEmpty()) {
      problems.add("no task covers requirement" + (uncovered.size() > 1 ? "s " : " ") + uncovered
          + "; add or extend tasks so that every requirement is served");
    }
    return problems;
  }

  private void role(String task, String roleId, AgentRole.Kind kind, List<String> problems) {
    AgentRole role = roles.find(roleId).orElse(null);
    if (role == null) {
      problems.add("task " + task + " names the role '" + roleId + "', which is not in the catalog; use one of "
          + roles.all().stream().filter(r -> r.kind() == kind).map(AgentRole::id).sorted().toList());
    } else if (role.kind() != kind) {
      problems.add("task " + task + " names '" + roleId + "' as its " + kind + ", but it is a " + role.kind());
    }
  }

  /** A dependency cycle, said as the keys around it, if there is one. */
  private static java.util.Optional<String> cycle(Map<String, WorkPlan.Task> byKey) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : byKey.keySet()) {
      List<String> path = new ArrayList<>();
      String found = visit(start, byKey, state, path, new HashSet<>());
      if (found != null) {
        return java.util.Optional.of("the dependencies form a cycle: " + found + "; a task cannot wait for itself");
      }
    }
    return java.util.Optional.empty();
  }

  private static String visit(String key, Map<String, WorkPlan.Task> byKey, Map<String, Integer> state,
      List<String> path, Set<String> onPath) {
    if (onPath.contains(key)) {
      List<String> loop = new ArrayList<>(path.subList(path.indexOf(key), path.size()));
      loop.add(key);
      return String.join(" → ", loop);
    }
    if (state.getOrDefault(key, 0) == 2 || !byKey.containsKey(key)) {
      return null;
    }
    onPath.add(key);
    path.add(key);
    for (String dependency : byKey.get(key).dependsOn()) {
      String found = visit(dependency, byKey, state, path, onPath);
      if (found != null) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(key);
    state.put(key, 2);
    return null;
  }

  /**
   * The gate's rule for every planning pipeline: a plan with problems the planner could not fix is not approved as
   * it is, only sent back to the planner (or rejected, where the gate offers that).
   *
   * @param problems the plan's problems, or null when it has none
   * @throws GateRefused when the decision approves a plan with problems
   */
  public static void refuseApprovingWithProblems(ApprovalDecision decision, String problems, boolean canReject) {
    if (decision == ApprovalDecision.APPROVE && problems != null) {
      throw new GateRefused(ApprovalDecision.VARIABLE, "Decision: this plan still has problems (" + problems
          + "); request changes so the planner fixes them" + (canReject ? ", or reject" : ""));
    }
  }
}
