package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.CONTACT_EMAIL;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.DIGITAL_FOOTPRINT;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.WEBSITE;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Adds what the lead did not tell us. Deterministic for now: the digital footprint is "strong" when the company
 * runs a website on the same domain as the contact's e-mail, "basic" with any website, "none" without.
 */
@Component
class LeadEnrichment implements TaskHandler {

  static final String STRONG = "strong";
  static final String BASIC = "basic";
  static final String NONE = "none";

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_ENRICHMENT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    return Map.of(DIGITAL_FOOTPRINT, footprint(item.string(WEBSITE), item.string(CONTACT_EMAIL)));
  }

  static String footprint(String website, String contactEmail) {
    String siteDomain = Leads.websiteDomain(website);
    if (siteDomain == null) {
      return NONE;
    }
    String mailDomain = Leads.emailDomain(contactEmail);
    return mailDomain != null && (siteDomain.equals(mailDomain) || siteDomain.endsWith("." + mailDomain))
        ? STRONG : BASIC;
  }
}
