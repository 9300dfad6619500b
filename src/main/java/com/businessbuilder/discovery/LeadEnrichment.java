package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.COMPANY_PROFILE;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.DIGITAL_FOOTPRINT;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The data enricher judges the lead's digital footprint and writes a short company profile. */
@Component
class LeadEnrichment implements TaskHandler {

  static final String ROLE = "data-enricher";

  private final Agents agents;

  LeadEnrichment(Agents agents) {
    this.agents = agents;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_ENRICHMENT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    EnrichmentFindings findings =
        agents.ask(new Assignment(ROLE, topic(), item, LeadFacts.of(item)), EnrichmentFindings.class);
    return Map.of(DIGITAL_FOOTPRINT, findings.digitalFootprint(), COMPANY_PROFILE, findings.companyProfile());
  }
}
