package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.*;

import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Pick the next tasks": the next wave, at most {@code maxParallelTasks} tasks whose dependencies are settled,
 * highest priority first; none when the open tasks must be planned again first (a task sent back, an approved
 * change, the CEO at an overdue milestone), which the stage reports as {@code replanNeeded}.
 */
@Component
class WavePicking implements TaskHandler {

  static final String WAVE_SIZE = "waveSize";

  private final ProjectRepository projects;
  private final WorkTasks tasks;

  WavePicking(ProjectRepository projects, WorkTasks tasks) {
    this.projects = projects;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.NEXT_TASKS;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String projectId = item.require(PROJECT_ID);
    int limit = item.integer(MAX_PARALLEL_TASKS) == null ? 1 : item.integer(MAX_PARALLEL_TASKS);
    WorkTasks.Wave wave = tasks.nextWave(projectId, projects.replanReason(projectId).isPresent(), limit);
    return Map.of(WAVE_TASK_IDS, new ArrayList<>(wave.taskIds()), WAVE_SIZE, wave.taskIds().size(), REPLAN_NEEDED,
        wave.replanNeeded());
  }
}
