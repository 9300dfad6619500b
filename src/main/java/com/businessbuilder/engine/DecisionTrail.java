package com.businessbuilder.engine;

import java.util.List;
import java.util.Map;

/** What a decision table decided in a run, rule by rule, so the reasons behind a result can be shown. */
public interface DecisionTrail {

  /** The rules that matched in the latest evaluation of the decision in the run, in the table's order. */
  List<MatchedRule> latest(String runId, String decisionId);

  /**
   * @param ruleId the rule's id in the table
   * @param annotation the rule's annotation, or null
   * @param outputs the rule's outputs by name
   */
  record MatchedRule(String ruleId, String annotation, Map<String, Object> outputs) {}
}
