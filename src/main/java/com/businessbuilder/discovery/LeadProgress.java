package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Elements.*;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.system.engine.RunPosition;
import com.businessbuilder.system.engine.RunPosition.WaitingStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads how far a lead's discovery run has come from the engine (runtime and history), so the engine stays the
 * single record of progress and nothing is copied that could drift.
 */
@Component
class LeadProgress {

  private static final Map<String, LeadStatus> STATUS_BY_END_EVENT = Map.of(
      END_LEAD_HANDED_TO_SALES, LeadStatus.HANDED_TO_SALES,
      END_LEAD_REJECTED, LeadStatus.REJECTED,
      END_LEAD_DISQUALIFIED, LeadStatus.DISQUALIFIED,
      END_LEAD_ARCHIVED, LeadStatus.ARCHIVED,
      END_LEAD_ARCHIVED_AFTER_NURTURE, LeadStatus.ARCHIVED,
      END_DISCOVERY_STOPPED_BUDGET, LeadStatus.STOPPED);

  private static final String[] REPORTED_VARIABLES = {LEAD_SCORE, TIER, NEXT_STEP, MARKET_SEGMENT,
      DISQUALIFICATION_REASON, NURTURE_ROUND, ApprovalDecision.COMMENT_VARIABLE, PipelineBudget.PROBLEM_VARIABLE};

  private final HistoryService history;
  private final RunPosition position;
  private final LeadScoreFactors scoreFactors;

  LeadProgress(HistoryService history, RunPosition position, LeadScoreFactors scoreFactors) {
    this.history = history;
    this.position = position;
    this.scoreFactors = scoreFactors;
  }

  LeadView of(Lead lead) {
    String runId = lead.processInstanceId();
    HistoricProcessInstance run = history.createHistoricProcessInstanceQuery().processInstanceId(runId)
        .singleResult();
    Map<String, Object> variables = variables(runId);
    boolean running = run != null && run.getEndTime() == null;
    List<WaitingStep> waitingAt = running ? position.waitingAt(runId) : List.of();
    LeadStatus status = running ? statusWhileRunning(waitingAt) : statusAtEnd(run);
    List<ScoreFactor> factors = scoreFactors.of(runId);
    LeadRequest data = lead.data();
    return new LeadView(lead.id(), data.company(), data.contactEmail(), data.industry(), data.employees(),
        data.annualBudget(), data.website(), data.notes(), data.source(), lead.createdAt(), runId, status,
        running ? RunPosition.describe(waitingAt) : null,
        variables.get(LEAD_SCORE) instanceof Number score ? score.intValue() : null,
        (String) variables.get(TIER), (String) variables.get(NEXT_STEP), (String) variables.get(MARKET_SEGMENT),
        reason(status, variables), factors.isEmpty() ? null : factors, running ? position.incident(runId) : null);
  }

  private Map<String, Object> variables(String runId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(runId).variableNameIn(REPORTED_VARIABLES).disableCustomObjectDeserialization().list()) {
      if (variable.getValue() != null) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  private static LeadStatus statusWhileRunning(List<WaitingStep> waitingAt) {
    List<String> ids = waitingAt.stream().map(WaitingStep::activityId).toList();
    if (ids.contains(APPROVE_PURSUING_LEAD)) {
      return LeadStatus.AWAITING_CEO_APPROVAL;
    }
    if (ids.contains(DECIDE_ON_AGENT_BUDGET)) {
      return LeadStatus.AWAITING_CEO_BUDGET_DECISION;
    }
    if (ids.contains(WAIT_BEFORE_RESCORING) || ids.contains(NURTURE_LEAD)) {
      return LeadStatus.NURTURING;
    }
    return LeadStatus.IN_DISCOVERY;
  }

  private static LeadStatus statusAtEnd(HistoricProcessInstance run) {
    if (run == null || run.getEndActivityId() == null) {
      return LeadStatus.CANCELLED;
    }
    return STATUS_BY_END_EVENT.getOrDefault(run.getEndActivityId(), LeadStatus.CANCELLED);
  }

  private static String reason(LeadStatus status, Map<String, Object> variables) {
    return switch (status) {
      case DISQUALIFIED -> (String) variables.get(DISQUALIFICATION_REASON);
      case REJECTED -> "Rejected by the CEO: " + variables.get(ApprovalDecision.COMMENT_VARIABLE);
      case STOPPED -> "Stopped by the CEO when the agent budget ran out (" + variables.get(PipelineBudget.PROBLEM_VARIABLE)
          + "): " + variables.get(ApprovalDecision.COMMENT_VARIABLE);
      case AWAITING_CEO_BUDGET_DECISION -> (String) variables.get(PipelineBudget.PROBLEM_VARIABLE);
      case ARCHIVED -> variables.get(NURTURE_ROUND) instanceof Number rounds && rounds.intValue() > 0
          ? "Still not ready to buy after " + (rounds.intValue() - 1) + " nurture rounds"
          : "Scored " + variables.get(TIER) + ": not worth pursuing now";
      default -> null;
    };
  }
}
