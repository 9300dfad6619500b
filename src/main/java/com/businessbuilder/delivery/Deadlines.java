package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.OVERDUE_MILESTONE;
import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Milestone due dates while the tasks run: the daily check finds a milestone past its date whose tasks are not
 * all done and escalates it once; the CEO moves the date (the client is told), has the open tasks re-planned, or
 * stops the project.
 */
final class Deadlines {

  private Deadlines() {}

  static Optional<Milestone> overdue(ProjectRepository projects, String projectId) {
    return projects.milestones(projectId).stream()
        .filter(m -> Milestone.OPEN.equals(m.status()) && m.dueDate().isBefore(LocalDate.now()))
        .findFirst();
  }

  @Component
  static class Check implements TaskHandler {

    private final ProjectRepository projects;

    Check(ProjectRepository projects) {
      this.projects = projects;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.DEADLINE_CHECK;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      String projectId = item.require(PROJECT_ID);
      Map<String, Object> result = new HashMap<>();
      result.put(OVERDUE_MILESTONE, overdue(projects, projectId).filter(m -> m.escalatedAt() == null)
          .filter(m -> projects.escalate(m.id())).map(m -> m.seq() + ": " + m.name()).orElse(null));
      return result;
    }
  }

  @Component
  static class Gate implements PreparesGate {

    static final String SUMMARY = "milestoneSummary";
    static final String OPEN_TASKS = "openTasks";

    private final ProjectRepository projects;
    private final WorkTasks tasks;

    Gate(ProjectRepository projects, WorkTasks tasks) {
      this.projects = projects;
      this.tasks = tasks;
    }

    @Override
    public boolean prepares(GateEvent gate) {
      return ServiceDeliveryProcess.PROCESS_ID.equals(gate.processId())
          && ServiceDeliveryProcess.Elements.DECIDE_ON_OVERDUE_MILESTONE.equals(gate.key());
    }

    @Override
    public GateContent prepare(GateEvent gate) {
      Project project = projects.require((String) gate.variable(PROJECT_ID));
      Milestone milestone = projects.milestones(project.id()).stream()
          .filter(m -> (m.seq() + ": " + m.name()).equals(gate.variable(OVERDUE_MILESTONE))).findFirst()
          .orElseThrow(() -> new IllegalStateException("No overdue milestone " + gate.variable(OVERDUE_MILESTONE)));
      String summary = "Milestone " + milestone.seq() + " (" + milestone.name() + ") was due " + milestone.dueDate();
      String open = tasks.tasks(project.id()).stream()
          .filter(task -> Integer.toString(milestone.seq()).equals(task.group()) && task.status().open())
          .map(task -> task.key() + " " + task.title() + " (" + task.status().name().toLowerCase() + ")")
          .collect(Collectors.joining("\n"));
      return new GateContent("milestone " + milestone.seq() + " of " + project.company() + " overdue", summary,
          Map.of(SUMMARY, summary, OPEN_TASKS, open.isEmpty() ? "None." : open));
    }
  }

  @Component
  static class Decision implements TaskHandler {

    private final ProjectRepository projects;
    private final ProjectMail mail;
    private final DeliveryProperties properties;

    Decision(ProjectRepository projects, ProjectMail mail, DeliveryProperties properties) {
      this.projects = projects;
      this.mail = mail;
      this.properties = properties;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.DEADLINE_DECISION;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      String comment = item.string(ApprovalDecision.COMMENT_VARIABLE);
      Optional<Milestone> overdue = projects.milestones(project.id()).stream()
          .filter(m -> (m.seq() + ": " + m.name()).equals(item.string(OVERDUE_MILESTONE))).findFirst();
      if (ApprovalDecision.CHANGES.value().equals(item.string(ApprovalDecision.VARIABLE))) {
        projects.requestReplan(project.id(), "The CEO asked to re-plan at overdue milestone "
            + item.string(OVERDUE_MILESTONE) + ": " + comment);
      } else if (overdue.isPresent()) {
        Milestone milestone = overdue.get();
        LocalDate moved = LocalDate.now().plusDays(properties.deadlineExtension().toDays());
        projects.moveDueDate(milestone.id(), moved);
        mail.send(project, "milestone-moved-" + milestone.id() + "-" + moved, "Milestone " + milestone.seq()
            + " moves to " + moved, "Milestone " + milestone.seq() + " (" + milestone.name() + ") takes longer "
            + "than planned; it is now due on " + moved + ". We keep you informed of its progress.");
      }
      return Map.of();
    }
  }
}
