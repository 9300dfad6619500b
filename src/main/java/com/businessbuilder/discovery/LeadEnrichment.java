package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.DIGITAL_FOOTPRINT;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.LEAD_ID;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The data enricher judges the lead's digital footprint and writes a short company profile. It runs before every
 * scoring, so it also hands the scoring decision the lead's facts as they are now.
 */
@Component
class LeadEnrichment implements TaskHandler {

  static final String ROLE = "data-enricher";

  private final Agents agents;
  private final LeadRepository leads;

  LeadEnrichment(Agents agents, LeadRepository leads) {
    this.agents = agents;
    this.leads = leads;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_ENRICHMENT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Lead lead = leads.require(item.require(LEAD_ID));
    EnrichmentFindings findings =
        agents.ask(new Assignment(ROLE, topic(), item, LeadFacts.forAgent(lead, item)), EnrichmentFindings.class);
    leads.recordEnrichment(lead.id(), findings.digitalFootprint(), findings.companyProfile());
    Map<String, Object> facts = new HashMap<>(LeadFacts.scoringFacts(lead.data()));
    facts.put(DIGITAL_FOOTPRINT, findings.digitalFootprint());
    return facts;
  }
}
