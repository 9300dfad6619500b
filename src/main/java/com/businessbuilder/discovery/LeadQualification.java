package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.LEAD_ID;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.QUALIFIED;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides whether a lead is worth scoring at all, and records why not. The company's hard rules (industries it
 * does not serve, throw-away addresses, opt-outs) are applied first and cost no model call; the lead qualifier
 * judges the rest.
 */
@Component
class LeadQualification implements TaskHandler {

  static final String ROLE = "lead-qualifier";

  private static final List<String> OPT_OUT_PHRASES = List.of("do not contact", "don't contact", "unsubscribe");

  private final DiscoveryProperties properties;
  private final Agents agents;
  private final LeadRepository leads;

  LeadQualification(DiscoveryProperties properties, Agents agents, LeadRepository leads) {
    this.properties = properties;
    this.agents = agents;
    this.leads = leads;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_QUALIFICATION;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Lead lead = leads.require(item.require(LEAD_ID));
    Optional<String> reason = disqualificationReason(lead.data()).or(() -> qualifierVerdict(lead, item));
    leads.recordQualification(lead.id(), reason.orElse(null));
    return Map.of(QUALIFIED, reason.isEmpty());
  }

  private Optional<String> qualifierVerdict(Lead lead, WorkItem item) {
    QualificationVerdict verdict = agents.ask(new Assignment(ROLE, topic(), item, LeadFacts.forAgent(lead, item)),
        QualificationVerdict.class);
    return verdict.qualified() ? Optional.empty() : Optional.of(verdict.reason().trim());
  }

  private Optional<String> disqualificationReason(LeadRequest lead) {
    String industry = Leads.normalizeIndustry(lead.industry());
    if (properties.excludedIndustries().contains(industry)) {
      return Optional.of("Excluded industry: we do not serve " + industry);
    }
    String domain = Leads.emailDomain(lead.contactEmail());
    if (properties.disposableEmailDomains().contains(domain)) {
      return Optional.of("Disposable e-mail address (" + domain + "): nobody to reach");
    }
    String notes = (lead.notes() == null ? "" : lead.notes()).toLowerCase(Locale.ROOT);
    if (OPT_OUT_PHRASES.stream().anyMatch(notes::contains)) {
      return Optional.of("The contact asked not to be contacted");
    }
    return Optional.empty();
  }
}
