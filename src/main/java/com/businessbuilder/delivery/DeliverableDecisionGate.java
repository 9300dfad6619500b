package com.businessbuilder.delivery;

import static com.businessbuilder.delivery.ServiceDeliveryProcess.Variables.PROJECT_ID;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.quality.Brief;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Decide on the deliverable" shows what the last final review found and where the deliverable's PDF is. */
@Component
class DeliverableDecisionGate implements PreparesGate {

  static final String FINDINGS = "reviewFindings";
  static final String DELIVERABLE = "deliverableSummary";

  private final ProjectRepository projects;

  DeliverableDecisionGate(ProjectRepository projects) {
    this.projects = projects;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return ServiceDeliveryProcess.PROCESS_ID.equals(gate.processId())
        && ServiceDeliveryProcess.Elements.DECIDE_ON_DELIVERABLE.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Project project = projects.require((String) gate.variable(PROJECT_ID));
    String findings = project.reviewFindings() == null ? "The review did not pass it." : project.reviewFindings();
    return new GateContent("deliverable for " + project.company() + ", " + Brief.money(project.currency(),
        project.price()), "Final review after " + project.reviewRound() + " rounds: gaps remain", Map.of(
        FINDINGS, GateContent.excerpt(findings, "GET /api/projects/" + project.id()),
        DELIVERABLE, project.documentId() == null ? "Not compiled." : "The compiled deliverable: GET /api/documents/"
            + project.documentId() + " (the PDF); each task's output: GET /api/projects/" + project.id()));
  }
}
