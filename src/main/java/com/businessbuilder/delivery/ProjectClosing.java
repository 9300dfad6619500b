package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;
import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.STOP_REASON;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** How a project ends: delivered (published as {@link ProjectDelivered}) or stopped with the reason its model gave. */
final class ProjectClosing {

  private ProjectClosing() {}

  @Component
  static class Delivered implements TaskHandler {

    private final ProjectRepository projects;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Delivered(ProjectRepository projects, ApplicationEventPublisher events, TransactionTemplate transaction) {
      this.projects = projects;
      this.events = events;
      this.transaction = transaction;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.DELIVERED;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      Project project = projects.require(item.require(PROJECT_ID));
      transaction.executeWithoutResult(status -> {
        if (projects.close(project.id(), Project.DELIVERED, null)) {
          events.publishEvent(new ProjectDelivered(project.id(), project.dealId(), project.company(),
              project.rating(), project.caseStudy()));
        }
      });
      return Map.of();
    }
  }

  @Component
  static class Stopped implements TaskHandler {

    private final ProjectRepository projects;

    Stopped(ProjectRepository projects) {
      this.projects = projects;
    }

    @Override
    public String topic() {
      return ServiceDeliveryProcess.Topics.STOPPED;
    }

    @Override
    public Map<String, Object> handle(WorkItem item) {
      String reason = item.string(STOP_REASON);
      projects.close(item.require(PROJECT_ID), Project.STOPPED, reason == null ? "Stopped" : reason);
      return Map.of();
    }
  }
}
