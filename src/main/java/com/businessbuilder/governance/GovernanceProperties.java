package com.businessbuilder.governance;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bb.governance.*}: how tensions are settled.
 *
 * @param maxIntegrationRounds how often objections are integrated before the CEO decides with the ones left
 * @param maxObjectors the most affected roles whose agents are asked for objections to one revision
 * @param agentBudget each tension's agent budget (money), in the agents' currency
 * @param maxAgentCalls each tension's agent calls
 */
@ConfigurationProperties("bb.governance")
record GovernanceProperties(@DefaultValue("2") int maxIntegrationRounds, @DefaultValue("5") int maxObjectors,
    @DefaultValue("1.00") BigDecimal agentBudget, @DefaultValue("60") int maxAgentCalls) {}
