package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the client hears while a project runs and when it is done: progress reports on the model's timer, the
 * completion report with the deliverable, reminders to give feedback and to accept the milestones. Every mail has
 * an idempotency key: a timer's mail is keyed by the work item (one per firing), the others by the project.
 */
final class ClientReporting {

  private ClientReporting() {}

  static String progress(Project project, List<WorkTask> tasks, List<Milestone> milestones) {
    long done = tasks.stream().filter(task -> task.status() == WorkTaskStatus.DONE).count();
    long open = tasks.stream().filter(task -> task.status().open()).count();
    String milestoneLines = milestones.stream().map(m -> "- Milestone " + m.seq() + " (" + m.name() + "), due "
        + m.dueDate() + ": " + m.status().toLowerCase()).collect(Collectors.joining("\n"));
    return "Here is where your project stands: " + done + " of " + (done + open) + " planned pieces of work are "
        + "finished.\n\n" + milestoneLines + "\n\nWe report again next week, and as soon as a milestone is ready.";
  }

  @Component
  static class ProgressReport implements TaskHandler {

    private final ProjectRepository projects;
    private final WorkTasks tasks;
    private final ProjectMail mail;

    ProgressReport(ProjectRepository projects, WorkTasks tasks, ProjectMail mail) {
      this.projects = projects;
      this.tasks = tasks;
      this.mail = mail;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.PROGRESS_REPORT;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      mail.send(project, "progress-report-" + item.id(), "Progress of your project",
          progress(project, tasks.tasks(project.id()), projects.milestones(project.id())));
      return Map.of();
    }
  }

  @Component
  static class CompletionReport implements TaskHandler {

    private final ProjectRepository projects;
    private final Documents documents;
    private final ProjectMail mail;

    CompletionReport(ProjectRepository projects, Documents documents, ProjectMail mail) {
      this.projects = projects;
      this.documents = documents;
      this.mail = mail;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.COMPLETION_REPORT;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      List<OutgoingMail.Attachment> attachments = documents.latest(project.id(), DocumentKind.DELIVERABLE)
          .flatMap(stored -> documents.get(stored.id()))
          .map(file -> List.of(new OutgoingMail.Attachment(file.document().fileName(), "application/pdf", file.content())))
          .orElse(List.of());
      String open = projects.milestones(project.id()).stream()
          .filter(m -> !Milestone.ACCEPTED.equals(m.status()) && !Milestone.INVOICED.equals(m.status()))
          .map(m -> "- Milestone " + m.seq() + " (" + m.name() + "): " + Brief.money(project.currency(), m.billed()))
          .collect(Collectors.joining("\n"));
      mail.send(project, "completion-report-" + project.id(), "Your project is complete",
          "Your project is complete: the deliverable is attached." + (open.isEmpty() ? ""
              : "\n\nPlease accept the milestones still open, so that we can invoice them:\n\n" + open)
              + "\n\nHow did we do? Rate the project from 1 to 5 and tell us in a few words; it helps us improve.",
          attachments);
      return Map.of();
    }
  }

  @Component
  static class FeedbackReminder implements TaskHandler {

    private final ProjectRepository projects;
    private final ProjectMail mail;

    FeedbackReminder(ProjectRepository projects, ProjectMail mail) {
      this.projects = projects;
      this.mail = mail;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.FEEDBACK_REMINDER;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      mail.send(project, "feedback-reminder-" + item.id(), "How did we do?", "We would value your view of the "
          + "project: a rating from 1 to 5 and a few words are enough.");
      return Map.of();
    }
  }

  @Component
  static class AcceptanceReminder implements TaskHandler {

    private final ProjectRepository projects;
    private final ProjectMail mail;

    AcceptanceReminder(ProjectRepository projects, ProjectMail mail) {
      this.projects = projects;
      this.mail = mail;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.ACCEPTANCE_REMINDER;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      String open = projects.milestones(project.id()).stream()
          .filter(m -> Milestone.DONE.equals(m.status()) || Milestone.OPEN.equals(m.status()))
          .map(m -> "- Milestone " + m.seq() + " (" + m.name() + ")").collect(Collectors.joining("\n"));
      mail.send(project, "acceptance-reminder-" + item.id(), "Milestones waiting for your acceptance",
          "These milestones are delivered and wait for your acceptance:\n\n" + open);
      return Map.of();
    }
  }
}
