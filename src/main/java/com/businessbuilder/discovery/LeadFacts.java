package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;

import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lead's facts as an agent gets them: the inputs its prompt is rendered from and the offline composer reads. */
final class LeadFacts {

  private static final List<String> FIELDS =
      List.of(COMPANY, CONTACT_EMAIL, INDUSTRY, EMPLOYEES, ANNUAL_BUDGET, WEBSITE, NOTES, SOURCE, MARKET_SEGMENT);

  static Map<String, Object> of(WorkItem item) {
    Map<String, Object> facts = new HashMap<>();
    FIELDS.forEach(field -> facts.put(field, item.variables().get(field)));
    facts.put("ceoComment", item.variables().get("comment"));
    return facts;
  }

  private LeadFacts() {}
}
