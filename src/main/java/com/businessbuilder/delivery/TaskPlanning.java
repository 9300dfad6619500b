package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.*;

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
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * "Break down the tasks": the project manager agent plans the requirements as tasks, checked by {@link PlanCheck}
 * (roles, dependencies, milestones, coverage) and asked again with the problems. A usable plan replaces the open
 * tasks (finished ones stay); an unusable one leaves them and goes to the CEO with its problems. Gives the
 * plan-approval decision what it reads: whether the plan is usable, its tasks, and its cost against the price.
 */
@Component
class TaskPlanning implements TaskHandler {

  static final String ROLE = "project-manager";

  private final ProjectRepository projects;
  private final WorkTasks tasks;
  private final PlanCheck check;
  private final Agents agents;
  private final AgentRoles roles;
  private final DeliveryProperties properties;

  TaskPlanning(ProjectRepository projects, WorkTasks tasks, PlanCheck check, Agents agents, AgentRoles roles,
      DeliveryProperties properties) {
    this.projects = projects;
    this.tasks = tasks;
    this.check = check;
    this.agents = agents;
    this.roles = roles;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.PLAN;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Project project = projects.require(item.require(PROJECT_ID));
    List<Milestone> milestones = projects.milestones(project.id());
    Set<String> groups = milestones.stream().map(m -> Integer.toString(m.seq()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<WorkTask> current = tasks.tasks(project.id());
    Set<String> settled = current.stream().filter(WorkTask::settled).map(WorkTask::key).collect(Collectors.toSet());
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("company", project.company());
    inputs.put("brief", project.brief());
    inputs.put("requirements", numbered(project.requirements()));
    inputs.put("milestones", milestones.stream().map(m -> m.seq() + ": " + m.name() + " (due " + m.dueDate() + ")")
        .collect(Collectors.joining("\n")));
    inputs.put("settledTasks", current.stream().filter(WorkTask::settled)
        .map(task -> task.key() + " " + task.title() + " (" + task.status().name().toLowerCase() + ")")
        .collect(Collectors.joining("\n")));
    inputs.put("replanReason", ReplanReasons.of(projects.replanReason(project.id()).orElse(null), current, item));
    inputs.put("roles", roles.all().stream().filter(role -> role.kind() != AgentRole.Kind.department)
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .map(role -> role.id() + " (" + role.kind() + "): " + role.purpose()).collect(Collectors.joining("\n")));
    try {
      WorkPlan plan = agents.ask(new Assignment(ROLE, topic(), item, inputs), WorkPlan.class,
          proposed -> check.problems(proposed, project.requirements().size(), groups, settled));
      tasks.plan(project.id(), plan);
      projects.recordPlanProblems(project.id(), null);
      projects.clearReplan(project.id());
      return Map.of(PLAN_USABLE, true, TASK_COUNT, plan.tasks().size(), COST_SHARE, costShare(project));
    } catch (AgentOutputUnusable unusable) {
      projects.recordPlanProblems(project.id(), unusable.lastProblem());
      return Map.of(PLAN_USABLE, false, TASK_COUNT, 0, COST_SHARE, 0.0);
    }
  }


  private double costShare(Project project) {
    BigDecimal cost = tasks.estimatedHours(project.id()).multiply(properties.hourlyCost());
    return cost.divide(project.price(), 3, RoundingMode.HALF_UP).doubleValue();
  }

  static String numbered(List<String> items) {
    return IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i))
        .collect(Collectors.joining("\n"));
  }
}
