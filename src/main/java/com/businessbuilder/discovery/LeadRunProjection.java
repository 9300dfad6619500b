package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Elements.*;

import com.businessbuilder.approval.CeoGates;
import com.businessbuilder.approval.GateRecord;
import com.businessbuilder.engine.RunProjection;
import com.businessbuilder.engine.RunState;
import com.businessbuilder.engine.RunState.RunStatus;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps each lead in step with its discovery run, in the transaction that moved the run: its status, the step it
 * waits at, its incident, and why it ended where it did.
 */
@Component
class LeadRunProjection implements RunProjection {

  private static final Map<String, LeadStatus> STATUS_BY_END_EVENT = Map.of(
      END_LEAD_HANDED_TO_SALES, LeadStatus.HANDED_TO_SALES,
      END_LEAD_REJECTED, LeadStatus.REJECTED,
      END_LEAD_DISQUALIFIED, LeadStatus.DISQUALIFIED,
      END_LEAD_ARCHIVED, LeadStatus.ARCHIVED,
      END_LEAD_ARCHIVED_AFTER_NURTURE, LeadStatus.ARCHIVED,
      END_DISCOVERY_STOPPED_BUDGET, LeadStatus.STOPPED);

  private final LeadRepository leads;
  private final CeoGates gates;

  LeadRunProjection(LeadRepository leads, CeoGates gates) {
    this.leads = leads;
    this.gates = gates;
  }

  @Override
  public String processId() {
    return ClientDiscoveryProcess.PROCESS_ID;
  }

  @Override
  public void project(RunState run) {
    Optional<Lead> found = leads.find(run.correlationKey());
    if (found.isEmpty()) {
      return; // a run of client discovery without a lead (started by hand): nothing to keep in step
    }
    Lead lead = found.get();
    LeadStatus status = statusOf(run);
    leads.recordRun(lead.id(), status, run.running() ? run.describeSteps() : null, run.incident(),
        reason(status, lead));
  }

  static LeadStatus statusOf(RunState run) {
    if (run.status() == RunStatus.CANCELLED) {
      return LeadStatus.CANCELLED;
    }
    if (run.status() == RunStatus.COMPLETED) {
      return STATUS_BY_END_EVENT.getOrDefault(run.endActivityId(), LeadStatus.CANCELLED);
    }
    if (run.waitsAt(APPROVE_PURSUING_LEAD)) {
      return LeadStatus.AWAITING_CEO_APPROVAL;
    }
    if (run.stage() != null && DECIDE_ON_AGENT_BUDGET.equals(run.stage().activityId())) {
      return LeadStatus.AWAITING_CEO_BUDGET_DECISION;
    }
    if (run.waitsAt(WAIT_BEFORE_RESCORING) || run.waitsAt(NURTURE_LEAD)) {
      return LeadStatus.NURTURING;
    }
    return LeadStatus.IN_DISCOVERY;
  }

  private String reason(LeadStatus status, Lead lead) {
    return switch (status) {
      case DISQUALIFIED -> lead.disqualificationReason();
      case REJECTED -> "Rejected by the CEO: " + ceo(lead).map(GateRecord::comment).orElse("");
      case STOPPED -> ceo(lead).map(gate -> "Stopped by the CEO when the agent budget ran out (" + gate.summary()
          + "): " + gate.comment()).orElse("Stopped by the CEO when the agent budget ran out");
      case AWAITING_CEO_BUDGET_DECISION -> ceo(lead).map(GateRecord::summary).orElse(null);
      case ARCHIVED -> lead.nurtureRound() != null && lead.nurtureRound() > 0
          ? "Still not ready to buy after " + (lead.nurtureRound() - 1) + " nurture rounds"
          : "Scored " + lead.tier() + ": not worth pursuing now";
      default -> null;
    };
  }

  private Optional<GateRecord> ceo(Lead lead) {
    return gates.latest(lead.id());
  }
}
