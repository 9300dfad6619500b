package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.*;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.quality.Brief;
import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A change the client asks for while the project runs (stored by the API, one open at a time): an agent assesses
 * its impact on the open tasks, the hours and so the price; the approval policy says whether the CEO decides; an
 * approved change re-plans the open tasks and is billed with the next milestone; a declined one is explained to
 * the client.
 */
final class Changes {

  private Changes() {}

  static ProjectChange latest(ProjectRepository projects, String projectId) {
    var all = projects.changes(projectId);
    if (all.isEmpty()) {
      throw new IllegalStateException("Project " + projectId + " has no change request");
    }
    return all.get(all.size() - 1);
  }

  static ProjectChange open(ProjectRepository projects, String projectId) {
    return projects.openChange(projectId).orElseThrow(() -> new IllegalStateException(
        "Project " + projectId + " has no open change request"));
  }

  @Component
  static class Assessment implements TaskHandler {

    static final String ROLE = "project-manager";

    private final ProjectRepository projects;
    private final WorkTasks tasks;
    private final Agents agents;
    private final DeliveryProperties properties;

    Assessment(ProjectRepository projects, WorkTasks tasks, Agents agents, DeliveryProperties properties) {
      this.projects = projects;
      this.tasks = tasks;
      this.agents = agents;
      this.properties = properties;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.CHANGE_ASSESS;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      ProjectChange change = open(projects, project.id());
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("company", project.company());
      inputs.put("requirements", TaskPlanning.numbered(project.requirements()));
      inputs.put("openTasks", tasks.tasks(project.id()).stream().filter(task -> task.status().open())
          .map(task -> task.key() + " " + task.title()).collect(Collectors.joining("\n")));
      inputs.put("change", change.request());
      inputs.put("ceoComment", ApprovalDecision.CHANGES.value().equals(item.string(ApprovalDecision.VARIABLE))
          ? item.string(ApprovalDecision.COMMENT_VARIABLE) : "");
      ChangeImpact impact = agents.ask(new Assignment(ROLE, topic(), item, inputs), ChangeImpact.class);
      BigDecimal price = impact.addedHours().multiply(properties.hourlyRate()).setScale(0, RoundingMode.HALF_UP);
      projects.assessed(change.id(), impact.summary().strip() + (impact.affectedTasks().isEmpty() ? ""
          : " Affects " + String.join(", ", impact.affectedTasks()) + "."), impact.addedHours(), price);
      return Map.of(CHANGE_ID, change.id(), CHANGE_PRICE, price.longValue());
    }
  }

  @Component
  static class Gate implements PreparesGate {

    static final String REQUEST = "changeRequest";
    static final String IMPACT = "changeImpact";

    private final ProjectRepository projects;

    Gate(ProjectRepository projects) {
      this.projects = projects;
    }

    @Override
    public boolean prepares(GateEvent gate) {
      return ServiceDeliveryProcess.PROCESS_ID.equals(gate.processId())
          && ServiceDeliveryProcess.Elements.APPROVE_CHANGE.equals(gate.key());
    }

    @Override
    public GateContent prepare(GateEvent gate) {
      Project project = projects.require((String) gate.variable(PROJECT_ID));
      ProjectChange change = open(projects, project.id());
      String price = Brief.money(project.currency(), change.price());
      return new GateContent("change for " + project.company() + ", " + price, "Change of " + price + " ("
          + change.addedHours().stripTrailingZeros().toPlainString() + " hours)", Map.of(
          REQUEST, GateContent.excerpt(change.request(), "GET /api/projects/" + project.id()),
          IMPACT, change.impact() + "\nAdded hours: " + change.addedHours().stripTrailingZeros().toPlainString()
              + "; price: " + price + ", billed with the next milestone."));
    }
  }

  @Component
  static class Application implements TaskHandler {

    private final ProjectRepository projects;
    private final ProjectMail mail;

    Application(ProjectRepository projects, ProjectMail mail) {
      this.projects = projects;
      this.mail = mail;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.CHANGE_APPLY;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      ProjectChange change = projects.change(item.require(CHANGE_ID)).orElseThrow();
      if (projects.decide(change.id(), ProjectChange.APPLIED)) {
        projects.milestones(project.id()).stream()
            .filter(m -> Milestone.OPEN.equals(m.status()) || Milestone.DONE.equals(m.status())).findFirst()
            .ifPresent(milestone -> projects.addToMilestone(milestone.id(), change.price()));
        projects.requestReplan(project.id(), "The client's change was approved: " + change.request() + " ("
            + change.impact() + ")");
      }
      mail.send(project, "change-applied-" + change.id(), "Your change is on its way", "We take on the change you "
          + "asked for: " + change.request().strip() + "\n\nIt adds " + Brief.money(project.currency(),
          change.price()) + ", billed with the next milestone, and we plan it into the open work now.");
      return Map.of();
    }
  }

  @Component
  static class Declining implements TaskHandler {

    private final ProjectRepository projects;
    private final ProjectMail mail;

    Declining(ProjectRepository projects, ProjectMail mail) {
      this.projects = projects;
      this.mail = mail;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.CHANGE_DECLINE;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      // the open change, or (for a retried task) the one this step declined already
      ProjectChange change = projects.openChange(project.id()).orElseGet(() -> latest(projects, project.id()));
      projects.decide(change.id(), ProjectChange.DECLINED);
      mail.send(project, "change-declined-" + change.id(), "About the change you asked for", "We looked at the "
          + "change you asked for (" + change.request().strip() + ") and cannot take it into this project. "
          + "We are glad to quote it as a project of its own.");
      return Map.of();
    }
  }
}
