package com.businessbuilder.discovery;

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
  private final LeadRepository leads;

  MarketResearch(Agents agents, LeadRepository leads) {
    this.agents = agents;
    this.leads = leads;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.MARKET_RESEARCH;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Lead lead = leads.require(item.require(ClientDiscoveryProcess.Variables.LEAD_ID));
    Map<String, Object> facts = new java.util.HashMap<>(LeadFacts.forAgent(lead, item));
    // the segment is what the research finds: a task retried after its findings were stored (a crash before it
    // completed) asks the question of its first attempt and gets the recorded answer instead of paying again
    facts.remove(ClientDiscoveryProcess.Variables.MARKET_SEGMENT);
    MarketFindings findings = agents.ask(new Assignment(ROLE, topic(), item, facts), MarketFindings.class);
    leads.recordResearch(lead.id(), findings.marketSegment(), findings.summary());
    return Map.of();
  }
}
