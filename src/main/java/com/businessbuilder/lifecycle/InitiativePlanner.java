package com.businessbuilder.lifecycle;

import com.businessbuilder.agent.AgentOutputUnusable;
import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.work.PlanCheck;
import com.businessbuilder.work.ReplanReasons;
import com.businessbuilder.work.WorkPlan;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The planner agent behind "Generate the tasks" and "Re-plan the open work": the goal and its constraints (numbered,
 * each to be served by a task) become tasks across the departments the goal needs, each with acceptance criteria,
 * dependencies, an estimate and a milestone, checked by {@link PlanCheck} and asked again with the problems. A usable
 * plan replaces the open tasks (finished ones stay) and takes in the reasons to plan again; an unusable one leaves
 * the tasks and goes to the CEO with its problems.
 */
@Component
class InitiativePlanner {

  static final String ROLE = "project-manager";

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;
  private final PlanCheck check;
  private final Agents agents;
  private final AgentRoles roles;

  InitiativePlanner(InitiativeRepository initiatives, WorkTasks tasks, PlanCheck check, Agents agents,
      AgentRoles roles) {
    this.initiatives = initiatives;
    this.tasks = tasks;
    this.check = check;
    this.agents = agents;
    this.roles = roles;
  }

  /** @return whether the plan is usable (and in place) */
  boolean plan(Initiative initiative, WorkItem item) {
    List<WorkTask> current = tasks.tasks(initiative.id());
    Set<String> settled = current.stream().filter(WorkTask::settled).map(WorkTask::key).collect(Collectors.toSet());
    List<String> requirements = requirements(initiative);
    Set<String> departments = roles.all().stream().filter(role -> role.kind() == AgentRole.Kind.department)
        .map(AgentRole::id).collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, Object> inputs = InitiativeFacts.of(initiative);
    inputs.put("requirements", IntStream.range(0, requirements.size()).mapToObj(i -> (i + 1) + ". "
        + requirements.get(i)).collect(Collectors.joining("\n")));
    inputs.put("analysis", initiative.analysis() == null ? "None yet." : initiative.analysis());
    inputs.put("departments", roles.all().stream().filter(role -> role.kind() == AgentRole.Kind.department)
        .map(role -> role.id() + ": " + role.purpose()).collect(Collectors.joining("\n")));
    inputs.put("roles", roles.all().stream().filter(role -> role.kind() != AgentRole.Kind.department)
        .map(role -> role.id() + " (" + role.kind() + ", " + role.department() + "): " + role.purpose())
        .collect(Collectors.joining("\n")));
    inputs.put("settledTasks", current.stream().filter(WorkTask::settled)
        .map(task -> task.key() + " " + task.title() + " (" + task.status().name().toLowerCase() + ")")
        .collect(Collectors.joining("\n")));
    inputs.put("openTasks", current.stream().filter(task -> !task.settled())
        .map(task -> task.key() + " " + task.title()).collect(Collectors.joining("\n")));
    inputs.put("replanReason", ReplanReasons.of(initiative.replanReason(), current, item));
    try {
      WorkPlan plan = agents.ask(new Assignment(ROLE, BusinessLifecycleProcess.Topics.PLAN, item, inputs),
          WorkPlan.class, proposed -> problems(proposed, requirements.size(), departments, settled));
      tasks.plan(initiative.id(), plan);
      initiatives.recordPlanProblems(initiative.id(), null);
      initiatives.clearReplan(initiative.id());
      return true;
    } catch (AgentOutputUnusable unusable) {
      initiatives.recordPlanProblems(initiative.id(), unusable.lastProblem());
      return false;
    }
  }

  private List<String> problems(WorkPlan plan, int requirements, Set<String> departments, Set<String> settled) {
    List<String> problems = new ArrayList<>(check.problems(plan, requirements, departments, settled));
    plan.tasks().stream().filter(task -> task.milestone() == null || task.milestone().isBlank())
        .forEach(task -> problems.add("task " + task.key() + " has no milestone; name the milestone it leads to"));
    return problems;
  }

  /** The goal first, then each constraint: what the plan's tasks must serve. */
  static List<String> requirements(Initiative initiative) {
    List<String> requirements = new ArrayList<>();
    requirements.add("The goal: " + initiative.goal());
    initiative.constraints().forEach(constraint -> requirements.add("Constraint: " + constraint));
    return requirements;
  }

}
