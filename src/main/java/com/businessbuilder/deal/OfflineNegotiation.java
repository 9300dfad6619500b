package com.businessbuilder.deal;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Negotiation without a model: meet the client halfway between the current discount and the one asked for
 * (10% when they named none). The approval policy, not this composer, decides whether the CEO must agree.
 */
@Component
class OfflineNegotiation implements OfflineComposer {

  static final int DEFAULT_REQUEST = 10;

  private final ObjectMapper json;

  OfflineNegotiation(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String task() {
    return DealClosingProcess.Topics.NEGOTIATE;
  }

  @Override
  public String compose(LlmQuestion question) {
    int current = number(question.inputs().get("currentDiscountPercent"), 0);
    int requested = Math.min(50, number(question.inputs().get("requestedDiscountPercent"), DEFAULT_REQUEST));
    int offered = Math.max(current, current + (requested - current + 1) / 2);
    return OfflineComposer.asJson(json, new RevisedTerms(offered, "Meet the client halfway: they asked for "
          + requested + "%, we offer " + offered + "% for the same scope."));
  }

  private static int number(Object value, int fallback) {
    return value instanceof Number n ? n.intValue() : fallback;
  }
}
