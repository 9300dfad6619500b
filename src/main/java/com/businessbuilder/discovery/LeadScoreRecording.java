package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.LEAD_ID;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.LEAD_SCORE;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.NEXT_STEP;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.TIER;

import com.businessbuilder.engine.DecisionTrail;
import com.businessbuilder.engine.DecisionTrail.MatchedRule;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Note the score": the scoring decision's result and the reasons behind it (its matched rules, each with its
 * annotation and points, as the engine recorded the evaluation) go to the lead, where views and the CEO's form read
 * them. The rules themselves stay in the DMN only.
 */
@Component
class LeadScoreRecording implements TaskHandler {

  private final LeadRepository leads;
  private final DecisionTrail decisions;

  LeadScoreRecording(LeadRepository leads, DecisionTrail decisions) {
    this.leads = leads;
    this.decisions = decisions;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_SCORE_RECORDING;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    List<ScoreFactor> factors = decisions.latest(item.runId(), ClientDiscoveryProcess.SCORING_DECISION).stream()
        .map(LeadScoreRecording::factor).toList();
    leads.recordScore(item.require(LEAD_ID), item.integer(LEAD_SCORE), item.string(TIER), item.string(NEXT_STEP),
        factors);
    return Map.of();
  }

  private static ScoreFactor factor(MatchedRule rule) {
    long points = rule.outputs().values().stream().filter(Number.class::isInstance).map(Number.class::cast)
        .findFirst().map(Number::longValue).orElse(0L);
    return new ScoreFactor(rule.annotation() == null ? "Rule " + rule.ruleId() : rule.annotation(), points);
  }
}
