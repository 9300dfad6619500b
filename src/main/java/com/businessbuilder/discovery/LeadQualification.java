package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.CONTACT_EMAIL;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.DISQUALIFICATION_REASON;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.INDUSTRY;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.NOTES;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.QUALIFIED;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
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

  LeadQualification(DiscoveryProperties properties, Agents agents) {
    this.properties = properties;
    this.agents = agents;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_QUALIFICATION;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Optional<String> reason = disqualificationReason(item).or(() -> qualifierVerdict(item));
    Map<String, Object> result = new HashMap<>();
    result.put(QUALIFIED, reason.isEmpty());
    result.put(DISQUALIFICATION_REASON, reason.orElse(null));
    return result;
  }

  private Optional<String> qualifierVerdict(WorkItem item) {
    QualificationVerdict verdict =
        agents.ask(new Assignment(ROLE, topic(), item, LeadFacts.of(item)), QualificationVerdict.class);
    return verdict.qualified() ? Optional.empty() : Optional.of(verdict.reason().trim());
  }

  private Optional<String> disqualificationReason(WorkItem item) {
    String industry = Leads.normalizeIndustry(item.string(INDUSTRY));
    if (properties.excludedIndustries().contains(industry)) {
      return Optional.of("Excluded industry: we do not serve " + industry);
    }
    String domain = Leads.emailDomain(item.string(CONTACT_EMAIL));
    if (properties.disposableEmailDomains().contains(domain)) {
      return Optional.of("Disposable e-mail address (" + domain + "): nobody to reach");
    }
    String notes = item.stringOr(NOTES, "").toLowerCase(Locale.ROOT);
    if (OPT_OUT_PHRASES.stream().anyMatch(notes::contains)) {
      return Optional.of("The contact asked not to be contacted");
    }
    return Optional.empty();
  }
}
