package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_CONTENT;
import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_ID;
import static com.businessbuilder.quality.QualityGateProcess.Variables.QA_REPORT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the latest version and its QA report on the CEO's "Decide on deliverable" form when the task is created.
 * They are task-local copies for reading, gone when the task completes; the deliverable itself stays in
 * {@code bb_deliverable_version}.
 */
@Component("deliverableEscalationPreparation")
class DeliverableEscalationPreparation implements TaskListener {

  /** Camunda keeps a string variable in a 4,000-character column; longer documents are cut with a pointer. */
  static final int MAX_SHOWN = 3_800;

  private final DeliverableStore store;

  DeliverableEscalationPreparation(DeliverableStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(DELIVERABLE_ID);
    DeliverableVersion latest = store.latestVersion(id).filter(DeliverableVersion::reviewed)
        .orElseThrow(() -> new IllegalStateException("Deliverable " + id + " has no reviewed version to decide on"));
    String fullText = "GET /api/deliverables/" + id;
    task.setVariableLocal(DELIVERABLE_CONTENT, shown("Version " + latest.version() + "\n\n" + latest.content(),
        fullText));
    task.setVariableLocal(QA_REPORT, shown(latest.qaReport().asText(), fullText));
  }

  static String shown(String text, String fullText) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    String more = "\n\n[… cut here; the full text: " + fullText + "]";
    return text.substring(0, MAX_SHOWN - more.length()) + more;
  }
}
