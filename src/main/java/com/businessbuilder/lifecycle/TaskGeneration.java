package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Generate the tasks": the planner's plan for the goal (see {@link InitiativePlanner}). */
@Component
class TaskGeneration implements TaskHandler {

  private final InitiativeRepository initiatives;
  private final InitiativePlanner planner;

  TaskGeneration(InitiativeRepository initiatives, InitiativePlanner planner) {
    this.initiatives = initiatives;
    this.planner = planner;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.PLAN;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    return Map.of(PLAN_USABLE, planner.plan(initiatives.require(item.require(INITIATIVE_ID)), item));
  }
}
