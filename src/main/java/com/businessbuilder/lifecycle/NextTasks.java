package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Pick the next tasks": the ready tasks, at most {@code maxParallelTasks}, highest priority first; none when the
 * open work must be planned again first (a task sent back, the CEO's instruction).
 */
@Component
class NextTasks implements TaskHandler {

  private final InitiativeRepository initiatives;
  private final WorkTasks tasks;

  NextTasks(InitiativeRepository initiatives, WorkTasks tasks) {
    this.initiatives = initiatives;
    this.tasks = tasks;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.NEXT_TASKS;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    int limit = item.integer(MAX_PARALLEL_TASKS) == null ? 1 : item.integer(MAX_PARALLEL_TASKS);
    WorkTasks.Wave wave = tasks.nextWave(initiative.id(), initiative.replanReason() != null, limit);
    return Map.of(WAVE_TASK_IDS, new ArrayList<>(wave.taskIds()), WAVE_SIZE, wave.taskIds().size(),
        REPLAN_NEEDED, wave.replanNeeded());
  }
}
