package com.businessbuilder.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bb.governance.*}: how tensions are settled.
 *
 * @param maxIntegrationRounds how often objections are integrated before the CEO decides with the ones left
 * @param maxObjectors the most affected roles whose agents are asked for objections to one revision
 */
@ConfigurationProperties("bb.governance")
record GovernanceProperties(@DefaultValue("2") int maxIntegrationRounds, @DefaultValue("5") int maxObjectors) {}
