package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Elements.END_ACCEPTED_BY_CEO;
import static com.businessbuilder.quality.QualityGateProcess.Elements.END_DELIVERABLE_PASSED;
import static com.businessbuilder.quality.QualityGateProcess.Elements.END_DELIVERABLE_REJECTED;
import static com.businessbuilder.quality.QualityGateProcess.Elements.END_STOPPED_AGENT_BUDGET;
import static com.businessbuilder.quality.QualityGateProcess.Variables.ATTEMPT;
import static com.businessbuilder.quality.QualityGateProcess.Variables.DELIVERABLE_ID;
import static com.businessbuilder.quality.QualityGateProcess.Variables.QUALITY_OUTCOME;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Settles the deliverable when the gate ends: its status and final version in the application's tables, and
 * {@code qualityOutcome} for the caller, in the engine's transaction so both commit together.
 */
@Component("qualityGateOutcome")
class QualityGateOutcome implements ExecutionListener {

  private static final Map<String, DeliverableStatus> OUTCOME_BY_END_EVENT = Map.of(
      END_DELIVERABLE_PASSED, DeliverableStatus.PASSED,
      END_ACCEPTED_BY_CEO, DeliverableStatus.ACCEPTED,
      END_DELIVERABLE_REJECTED, DeliverableStatus.REJECTED,
      END_STOPPED_AGENT_BUDGET, DeliverableStatus.STOPPED);

  private final DeliverableStore store;

  QualityGateOutcome(DeliverableStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DeliverableStatus outcome = OUTCOME_BY_END_EVENT.get(execution.getCurrentActivityId());
    if (outcome == null) {
      throw new IllegalStateException("No quality outcome for end event " + execution.getCurrentActivityId());
    }
    Object attempt = execution.getVariable(ATTEMPT);
    Integer finalVersion = outcome.usable() && attempt instanceof Number number ? number.intValue() : null;
    store.settle((String) execution.getVariable(DELIVERABLE_ID), outcome, finalVersion);
    execution.setVariable(QUALITY_OUTCOME, outcome.name());
  }
}
