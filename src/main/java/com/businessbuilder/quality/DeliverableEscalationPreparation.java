package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_CONTENT;
import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_ID;
import static com.businessbuilder.quality.QualityGateProcess.Variables.QA_REPORT;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the latest version and its QA report on the CEO's "Decide on deliverable" form when the gate opens. They
 * are shown by that gate only and gone when it completes; the deliverable itself stays in
 * {@code bb_deliverable_version}.
 */
@Component
class DeliverableEscalationPreparation implements PreparesGate {

  private final DeliverableStore store;

  DeliverableEscalationPreparation(DeliverableStore store) {
    this.store = store;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return QualityGateProcess.PROCESS_ID.equals(gate.processId())
        && QualityGateProcess.Elements.DECIDE_ON_DELIVERABLE.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    String id = (String) gate.variable(DELIVERABLE_ID);
    Deliverable deliverable = store.require(id);
    DeliverableVersion latest = store.latestVersion(id).filter(DeliverableVersion::reviewed)
        .orElseThrow(() -> new IllegalStateException("Deliverable " + id + " has no reviewed version to decide on"));
    String fullText = "GET /api/deliverables/" + id;
    Brief brief = deliverable.brief();
    String title = deliverable.type().replace('-', ' ') + (brief.clientName() == null ? "" : " for "
        + brief.clientName()) + (brief.price() == null ? "" : ", " + brief.formattedPrice());
    return new GateContent(title, deliverable.type() + ": QA score " + latest.qaReport().score() + " after "
        + latest.version() + " versions", Map.of(
            DELIVERABLE_CONTENT, GateContent.excerpt("Version " + latest.version() + "\n\n" + latest.content(), fullText),
            QA_REPORT, GateContent.excerpt(latest.qaReport().asText(), fullText)));
  }
}
