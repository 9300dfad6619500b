package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;
import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.RATING;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.worker.BusinessOutcome;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The client's feedback on a finished project: stored by the API before the model hears of it, read into the
 * run's {@code rating}; a low rating goes to the CEO with the client's words; a good one becomes a case-study
 * draft kept with the project for the discovery side.
 */
final class Feedback {

  private Feedback() {}

  @Component
  static class Recording implements TaskHandler {

    private final ProjectRepository projects;

    Recording(ProjectRepository projects) {
      this.projects = projects;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.FEEDBACK;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      if (project.rating() == null) {
        throw new IllegalStateException("Project " + project.id() + " got ClientFeedback without a stored rating");
      }
      return Map.of(RATING, project.rating());
    }
  }

  @Component
  static class NoFeedback implements TaskHandler {

    private final ProjectRepository projects;

    NoFeedback(ProjectRepository projects) {
      this.projects = projects;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.NO_FEEDBACK;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      if (project.feedback() == null) {
        projects.noteNoFeedback(project.id());
      }
      return Map.of();
    }
  }

  @Component
  static class CaseStudy implements TaskHandler {

    private static final Logger log = LoggerFactory.getLogger(CaseStudy.class);
    static final String ROLE = "project-manager";

    private final ProjectRepository projects;
    private final Agents agents;

    CaseStudy(ProjectRepository projects, Agents agents) {
      this.projects = projects;
      this.agents = agents;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.CASE_STUDY;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("company", project.company());
      inputs.put("requirements", TaskPlanning.numbered(project.requirements()));
      inputs.put("rating", project.rating());
      inputs.put("feedback", project.feedback() == null ? "" : project.feedback());
      try {
        projects.recordCaseStudy(project.id(), agents.write(new Assignment(ROLE, topic(), item, inputs)).strip());
      } catch (BusinessOutcome budgetSpent) {
        // a case study is a bonus: without budget left the project is still delivered
        log.info("No case study for project {}: {}", project.id(), budgetSpent.getMessage());
      }
      return Map.of();
    }
  }

  @Component
  static class LowRatingGate implements PreparesGate {

    static final String SUMMARY = "feedbackSummary";

    private final ProjectRepository projects;

    LowRatingGate(ProjectRepository projects) {
      this.projects = projects;
    }

    @Override
    public boolean prepares(GateEvent gate) {
      return ServiceDeliveryProcess.Stages.COMPLETION.equals(gate.processId())
          && ServiceDeliveryProcess.Elements.LOOK_INTO_LOW_RATING.equals(gate.key());
    }

    @Override
    public GateContent prepare(GateEvent gate) {
      Project project = projects.require((String) gate.variable(PROJECT_ID));
      String summary = project.company() + " rated the project " + project.rating() + " of 5";
      return new GateContent("rating " + project.rating() + " from " + project.company(), summary,
          Map.of(SUMMARY, summary + ": \u201c" + (project.feedback() == null ? "" : project.feedback()) + "\u201d"));
    }
  }
}
