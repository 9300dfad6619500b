package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.INDUSTRY;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.NOTES;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.SOURCE;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Brings a lead's fields into the shape the later steps and the scoring decision expect, whichever channel it came
 * through (the REST API normalises too, but a lead started from Tasklist or the engine API is not normalised).
 */
@Component
class LeadIntake implements TaskHandler {

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_INTAKE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Map<String, Object> normalized = new HashMap<>();
    normalized.put(INDUSTRY, Leads.normalizeIndustry(item.string(INDUSTRY)));
    normalized.put(SOURCE, Leads.normalizeSource(item.string(SOURCE)));
    normalized.put(NOTES, item.stringOr(NOTES, ""));
    return normalized;
  }
}
