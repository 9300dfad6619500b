package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Report finished milestones": a milestone whose tasks are all settled is done; the client gets its report (what
 * was delivered, what it bills once accepted, how to accept it), once per milestone.
 */
@Component
class MilestoneReporting implements TaskHandler {

  private final ProjectRepository projects;
  private final WorkTasks tasks;
  private final ProjectMail mail;

  MilestoneReporting(ProjectRepository projects, WorkTasks tasks, ProjectMail mail) {
    this.projects = projects;
    this.tasks = tasks;
    this.mail = mail;
  }

  @Override
  public String topic() {
    return ServiceDeliveryProcess.Topics.MILESTONE_REPORT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Project project = projects.require(item.require(PROJECT_ID));
    List<WorkTask> all = tasks.tasks(project.id());
    for (Milestone milestone : projects.milestones(project.id())) {
      List<WorkTask> ofMilestone = all.stream()
          .filter(task -> Integer.toString(milestone.seq()).equals(task.group())).toList();
      if (Milestone.OPEN.equals(milestone.status()) && !ofMilestone.isEmpty()
          && ofMilestone.stream().allMatch(WorkTask::settled)) {
        report(project, milestone, ofMilestone);
        projects.milestoneStatus(milestone.id(), Milestone.OPEN, Milestone.DONE);
      }
    }
    return Map.of();
  }

  private void report(Project project, Milestone milestone, List<WorkTask> delivered) {
    String done = delivered.stream().map(task -> "- " + task.title() + (task.status().name().equals("DROPPED")
        ? " (left out, as agreed)" : "")).collect(Collectors.joining("\n"));
    mail.send(project, "milestone-report-" + milestone.id(), "Milestone " + milestone.seq() + " delivered: "
        + milestone.name(), "Milestone " + milestone.seq() + " (" + milestone.name() + ") of your project is "
        + "delivered:\n\n" + done + "\n\nOnce you accept it, we invoice " + Brief.money(project.currency(),
        milestone.billed()) + ". To accept it, reply to this e-mail or send us \"milestone " + milestone.seq()
        + " accepted\".");
  }
}
