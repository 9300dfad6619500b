package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.MARKET_SEGMENT;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.MARKET_SUMMARY;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The market researcher places the lead in a market segment and sums up what drives buying there. */
@Component
class MarketResearch implements TaskHandler {

  static final String ROLE = "market-researcher";

  private final Agents agents;

  MarketResearch(Agents agents) {
    this.agents = agents;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.MARKET_RESEARCH;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    MarketFindings findings = agents.ask(new Assignment(ROLE, topic(), item, LeadFacts.of(item)), MarketFindings.class);
    return Map.of(MARKET_SEGMENT, findings.marketSegment(), MARKET_SUMMARY, findings.summary());
  }
}
