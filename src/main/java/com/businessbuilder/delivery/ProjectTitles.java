package com.businessbuilder.delivery;

import com.businessbuilder.approval.PipelineTitles;
import com.businessbuilder.quality.Brief;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A project's gates are titled with its client and the price at stake: "project for Acme Robotics, EUR 30,000". */
@Component
class ProjectTitles implements PipelineTitles {

  private final ProjectRepository projects;

  ProjectTitles(ProjectRepository projects) {
    this.projects = projects;
  }

  @Override
  public Optional<String> title(String correlationKey) {
    return projects.find(correlationKey).map(project -> "project for " + project.company() + ", "
        + Brief.money(project.currency(), project.price()));
  }
}
