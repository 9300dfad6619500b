package com.businessbuilder.agent;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and prices of the agent runtime ({@code bb.agents.*}).
 *
 * @param maxReasks how often a malformed structured answer is asked again before the call fails
 * @param budgetPerPipeline what one pipeline (one business key) may spend on model calls, in {@code currency}
 * @param maxCallsPerPipeline how many agent calls one pipeline may make
 * @param currency the currency of budgets and prices
 * @param prices per model: the price of a million input and output tokens; a model not listed costs nothing
 */
@ConfigurationProperties("bb.agents")
public record AgentProperties(
    @DefaultValue("2") int maxReasks,
    @DefaultValue("5.00") BigDecimal budgetPerPipeline,
    @DefaultValue("200") int maxCallsPerPipeline,
    @DefaultValue("EUR") String currency,
    Map<String, Price> prices) {

  public AgentProperties {
    prices = prices == null ? Map.of() : Map.copyOf(prices);
  }

  /** Price of a million tokens. */
  public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {}
}
