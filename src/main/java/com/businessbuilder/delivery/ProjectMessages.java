package com.businessbuilder.delivery;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.engine.RunNotWaiting;
import com.businessbuilder.system.web.CallerMistake;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Takes the client's messages in: what a message says is stored with the project first, then the run hears of it,
 * in one transaction; a message the project is not ready for is refused with 409 and nothing is stored. A
 * message sent again (a milestone accepted again, the same change or the same feedback) changes nothing and answers
 * as the first time did.
 */
@Service
class ProjectMessages {

  private final ProjectRepository projects;
  private final ProcessRuns runs;

  ProjectMessages(ProjectRepository projects, ProcessRuns runs) {
    this.projects = projects;
    this.runs = runs;
  }

  void receive(Project project, ProjectMessage message) {
    switch (message.type()) {
      case ProjectMessage.MILESTONE_ACCEPTED -> accept(project, required("milestone", message.milestone()));
      case ProjectMessage.CHANGE -> change(project, requiredText(message.text()));
      default -> feedback(project, required("rating", message.rating()), message.text());
    }
  }

  private void accept(Project project, int seq) {
    List<Milestone> milestones = projects.milestones(project.id());
    if (milestones.isEmpty()) {
      throw new NotReady(project, "its milestones are not set up yet");
    }
    Milestone milestone = milestones.stream().filter(m -> m.seq() == seq).findFirst()
        .orElseThrow(() -> CallerMistake.field("milestone", "must be one of the project's milestones (1 to "
            + milestones.size() + ")"));
    if (Milestone.ACCEPTED.equals(milestone.status()) || Milestone.INVOICED.equals(milestone.status())) {
      return;
    }
    if (!Milestone.DONE.equals(milestone.status())) {
      throw new NotReady(project, "milestone " + seq + " is not delivered yet");
    }
    deliver(project, ServiceDeliveryProcess.Messages.MILESTONE_ACCEPTED,
        () -> projects.milestoneStatus(milestone.id(), Milestone.DONE, Milestone.ACCEPTED));
  }

  private void change(Project project, String text) {
    if (projects.changes(project.id()).stream().anyMatch(change -> change.request().equals(text))) {
      return; // the same change asked again (a retried request) is the change already taken in
    }
    if (projects.openChange(project.id()).isPresent()) {
      throw new NotReady(project, "a change is being decided; send the next one once it is");
    }
    if (project.stage() != ProjectStage.PLANNING && project.stage() != ProjectStage.EXECUTION) {
      throw new NotReady(project, "its work is done; a change now is a project of its own");
    }
    deliver(project, ServiceDeliveryProcess.Messages.CHANGE_REQUESTED,
        () -> projects.insertChange(UUID.randomUUID().toString(), project.id(), text));
  }

  private void feedback(Project project, int rating, String text) {
    if (project.rating() != null) {
      if (project.rating() == rating && Objects.equals(project.feedback(), text == null || text.isBlank() ? null
          : text.strip())) {
        return; // the same feedback again (a retried request) is the feedback already recorded
      }
      throw new NotReady(project, "its feedback is already recorded");
    }
    deliver(project, ServiceDeliveryProcess.Messages.CLIENT_FEEDBACK,
        () -> projects.recordFeedback(project.id(), rating, text == null || text.isBlank() ? null : text.strip()));
  }

  private void deliver(Project project, String message, Runnable store) {
    try {
      runs.inOneTransaction(() -> {
        store.run();
        runs.correlate(message, project.id(), Map.of());
      });
    } catch (RunNotWaiting notWaiting) {
      throw new NotReady(project, "it does not wait for " + message + " now");
    } catch (ProcessRuns.RunBusy busy) {
      throw new NotReady(project, "its run is busy with another step; send the message again in a moment");
    }
  }

  private static int required(String field, Integer value) {
    if (value == null) {
      throw CallerMistake.field(field, "is required for this type of message");
    }
    return value;
  }

  private static String requiredText(String text) {
    if (text == null || text.isBlank()) {
      throw CallerMistake.field("text", "is required: say what should change");
    }
    return text.strip();
  }

  /** The project is not at the point where this message means anything. */
  static class NotReady extends CallerMistake {
    NotReady(Project project, String why) {
      super(HttpStatus.CONFLICT, "Project not ready for this message", "Project " + project.id() + ": " + why);
    }
  }
}
