package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.work.WorkPlan;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Turn findings into improvement tasks": each finding of the cycle becomes one task of the initiative, staffed by
 * the team assembly, estimated at {@value #HOURS} hours; the approval policy gets their cost. A retry finds the
 * tasks it made.
 */
@Component
class Improvements implements TaskHandler {

  static final int HOURS = 8;
  static final String STAGE = "improvement";
  static final String MILESTONE = "Operations";

  private final InitiativeRepository initiatives;
  private final OperationsRecords records;
  private final WorkTasks tasks;
  private final TeamAssembly team;
  private final AgentRoles roles;
  private final LifecycleProperties properties;
  private final CostEstimate estimate;

  Improvements(InitiativeRepository initiatives, OperationsRecords records, WorkTasks tasks, TeamAssembly team,
      AgentRoles roles, LifecycleProperties properties, CostEstimate estimate) {
    this.estimate = estimate;
    this.initiatives = initiatives;
    this.records = records;
    this.tasks = tasks;
    this.team = team;
    this.roles = roles;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.IMPROVE;
  }

  @Override
  @Transactional
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    int period = Integer.parseInt(item.require(PERIOD));
    List<OperationsRecords.Finding> findings = records.findings(initiative.id(), period);
    int number = 0;
    for (OperationsRecords.Finding finding : findings) {
      number++;
      if (finding.taskKey() != null) {
        continue;
      }
      String key = "I" + period + "-" + finding.department().substring(0, 3).toUpperCase(Locale.ROOT) + "-" + number;
      WorkTask added = tasks.add(initiative.id(), List.of(new WorkPlan.Task(key, "Improve: " + clip(finding.summary()),
          "The " + finding.department() + " monitor found in cycle " + period + ": " + finding.summary()
              + ". Find the cause and make the change that removes it.",
          List.of("The cause of the finding is named with its evidence",
              "The change that removes it is made, or proposed with its cost and owner"),
          "project-manager", "delivery-reviewer", 2, BigDecimal.valueOf(HOURS), List.of(), finding.department(),
          List.of(1), MILESTONE))).get(0);
      String producer = team.staff(added, team.producers()).role();
      tasks.assign(added.id(), producer, roles.require(producer).reviewedBy());
      records.becameTask(initiative.id(), finding, key);
    }
    estimate.estimate(initiatives.require(initiative.id()));
    Set<String> keys = records.findings(initiative.id(), period).stream().map(OperationsRecords.Finding::taskKey)
        .collect(Collectors.toSet());
    List<WorkTask> open = tasks.tasks(initiative.id()).stream()
        .filter(task -> keys.contains(task.key()) && task.status() == WorkTaskStatus.PLANNED).toList();
    BigDecimal cost = open.stream().map(task -> task.estimateHours().multiply(properties.hourlyCost(task.group())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Object> result = new HashMap<>();
    result.put(IMPROVEMENT_TASK_IDS, new ArrayList<>(open.stream().map(WorkTask::id).toList()));
    result.put(IMPROVEMENT_COUNT, open.size());
    result.put(POLICY_STAGE, STAGE);
    result.put(COST_CHANGE, cost.doubleValue());
    result.put(DEADLINE_CHANGE_DAYS, 0);
    return result;
  }

  private static String clip(String text) {
    return text.length() <= 150 ? text : text.substring(0, 149) + "…";
  }
}
