package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.work.WorkPlan;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Plan the launch tasks": one launch task for every department that worked on the initiative, all at once (each
 * department makes its part ready for go-live), staffed like the plan. Made once: a launch tried again after a
 * no-go runs only the launch tasks still open.
 */
@Component
class LaunchPlanning implements TaskHandler {

  static final String MILESTONE = "Launch";
  static final String KEY_PREFIX = "L-";

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;
  private final TeamAssembly team;
  private final CostEstimate estimate;

  LaunchPlanning(InitiativeRepository initiatives, WorkTasks tasks, TeamAssembly team, CostEstimate estimate) {
    this.initiatives = initiatives;
    this.tasks = tasks;
    this.team = team;
    this.estimate = estimate;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.LAUNCH_PLAN;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    List<WorkTask> all = tasks.tasks(initiative.id());
    if (all.stream().noneMatch(LaunchPlanning::isLaunchTask)) {
      Set<String> departments = all.stream().filter(task -> task.status() != WorkTaskStatus.DROPPED)
          .map(WorkTask::group).filter(group -> group != null).collect(Collectors.toCollection(TreeSet::new));
      List<WorkPlan.Task> launch = new ArrayList<>();
      for (String department : departments) {
        launch.add(new WorkPlan.Task(KEY_PREFIX + department, "Get " + department + " ready for go-live",
            "Make sure everything " + department + " built for \"" + initiative.title() + "\" works together at "
                + "go-live: check it end to end, write the go-live steps and who does what on launch day.",
            List.of("Every output of " + department + " is checked end to end",
                "The go-live steps and their owners are written down", "Open risks for launch day are listed"),
            "project-manager", "delivery-reviewer", 1, BigDecimal.valueOf(4), List.of(), department, List.of(1),
            MILESTONE));
      }
      tasks.add(initiative.id(), launch);
      team.assemble(initiatives.require(initiative.id()));
      estimate.estimate(initiatives.require(initiative.id()));
    }
    tasks.startReady(initiative.id(), Integer.MAX_VALUE);
    // a retry after the tasks were started finds them running
    List<String> ready = tasks.tasks(initiative.id()).stream()
        .filter(task -> isLaunchTask(task) && task.status() == WorkTaskStatus.RUNNING).map(WorkTask::id).toList();
    return Map.of(LAUNCH_TASK_IDS, new ArrayList<>(ready), LAUNCH_TASK_COUNT, ready.size());
  }

  static boolean isLaunchTask(WorkTask task) {
    return task.key().startsWith(KEY_PREFIX);
  }
}
