package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Elements.*;

import com.businessbuilder.engine.RunProjection;
import com.businessbuilder.engine.RunState;
import com.businessbuilder.engine.RunState.RunStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps each project in step with its service-delivery run, in the transaction that moved the run: the stage
 * (the stage model it calls now, or acceptance once only milestones wait), the step it waits at and its incident,
 * and how it ended.
 */
@Component
class ProjectRunProjection implements RunProjection {

  /** Root steps outside the stage models, by the stage they belong to. */
  private static final Map<String, ProjectStage> ROOT_STEPS = Map.of(
      DECIDE_ON_DELIVERABLE, ProjectStage.REVIEW,
      "ServiceTask_GrantAnotherRound", ProjectStage.REVIEW,
      "Gateway_MilestonesAccepted", ProjectStage.ACCEPTANCE,
      ALL_MILESTONES_INVOICED, ProjectStage.ACCEPTANCE,
      ACCEPTANCE_OVERDUE, ProjectStage.ACCEPTANCE,
      "ServiceTask_RemindToAccept", ProjectStage.ACCEPTANCE,
      "ServiceTask_RecordDelivered", ProjectStage.ACCEPTANCE);
  private static final Set<String> ENDS_DELIVERED = Set.of(END_PROJECT_DELIVERED);

  private final ProjectRepository projects;

  ProjectRunProjection(ProjectRepository projects) {
    this.projects = projects;
  }

  @Override
  public String processId() {
    return ServiceDeliveryProcess.PROCESS_ID;
  }

  @Override
  public void project(RunState run) {
    Optional<Project> found = projects.find(run.correlationKey());
    if (found.isEmpty()) {
      return; // a run of service delivery without a project (started by hand): nothing to keep in step
    }
    Project project = found.get();
    if (run.running()) {
      ProjectStage stage = run.stage() == null ? project.stage()
          : ProjectStage.ofCallActivity(run.stage().activityId())
              .orElse(ROOT_STEPS.getOrDefault(run.stage().activityId(), project.stage()));
      projects.recordRun(project.id(), project.status(), stage, run.describeSteps(), run.incident());
      return;
    }
    if (run.status() == RunStatus.CANCELLED) {
      projects.recordRun(project.id(), Project.RUNNING.equals(project.status()) ? Project.CANCELLED
          : project.status(), project.stage(), null, null);
    } else if (ENDS_DELIVERED.contains(run.endActivityId())) {
      projects.recordRun(project.id(), Project.DELIVERED, ProjectStage.DELIVERED, null, null);
    } else {
      projects.recordRun(project.id(), Project.STOPPED, ProjectStage.STOPPED, null, null);
    }
  }
}
