package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.COMPANY;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.CONTACT_EMAIL;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.EMPLOYEES;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.WEBSITE;

import com.businessbuilder.agent.llm.LlmQuestion;
import com.businessbuilder.agent.llm.OfflineComposer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Enrichment without a model: the digital footprint is "strong" when the company runs a website on the same
 * domain as the contact's e-mail, "basic" with any website, "none" without.
 */
@Component
class OfflineEnrichment implements OfflineComposer {

  static final String STRONG = "strong";
  static final String BASIC = "basic";
  static final String NONE = "none";

  private final ObjectMapper json;

  OfflineEnrichment(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String task() {
    return ClientDiscoveryProcess.Topics.LEAD_ENRICHMENT;
  }

  @Override
  public String compose(LlmQuestion question) {
    String website = (String) question.inputs().get(WEBSITE);
    Object employees = question.inputs().get(EMPLOYEES);
    String profile = question.inputs().get(COMPANY) + (employees == null ? "" : ", " + employees + " employees")
        + (website == null ? ", no website known" : ", website " + website) + ".";
    return OfflineComposer.asJson(json, 
          new EnrichmentFindings(footprint(website, (String) question.inputs().get(CONTACT_EMAIL)), profile));
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
