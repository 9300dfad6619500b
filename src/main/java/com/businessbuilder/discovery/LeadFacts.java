package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.Map;

/** The lead's facts as the steps need them, always read from the lead itself ({@code bb_lead}). */
final class LeadFacts {

  /**
   * The inputs of the scoring decision, from the lead: every one must exist as a variable, even when empty. The
   * steps before each scoring set them again, so a lead changed since (new notes) is scored as it is now.
   */
  static Map<String, Object> scoringFacts(LeadRequest data) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(INDUSTRY, Leads.normalizeIndustry(data.industry()));
    facts.put(EMPLOYEES, data.employees());
    facts.put(ANNUAL_BUDGET, data.annualBudget());
    facts.put(SOURCE, Leads.normalizeSource(data.source()));
    facts.put(NOTES, data.notes() == null ? "" : data.notes());
    return facts;
  }

  /** The inputs an agent's prompt is rendered from (and the offline composer reads). */
  static Map<String, Object> forAgent(Lead lead, WorkItem item) {
    LeadRequest data = lead.data();
    Map<String, Object> facts = new HashMap<>();
    facts.put(COMPANY, data.company());
    facts.put(CONTACT_EMAIL, data.contactEmail());
    facts.put(INDUSTRY, Leads.normalizeIndustry(data.industry()));
    facts.put(EMPLOYEES, data.employees());
    facts.put(ANNUAL_BUDGET, data.annualBudget());
    facts.put(WEBSITE, data.website());
    facts.put(NOTES, data.notes());
    facts.put(SOURCE, data.source());
    facts.put(MARKET_SEGMENT, lead.marketSegment());
    // after the CEO asked for more research, the comment says what to look at
    facts.put("ceoComment", item.variables().get(ApprovalDecision.COMMENT_VARIABLE));
    return facts;
  }

  private LeadFacts() {}
}
