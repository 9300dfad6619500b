package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.LEAD_ID;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.NURTURE_ROUND;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Counts a nurture round. The nurture content itself is written by the marketing agent in a later release. */
@Component
class LeadNurture implements TaskHandler {

  private static final Logger log = LoggerFactory.getLogger(LeadNurture.class);

  private final LeadRepository leads;

  LeadNurture(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_NURTURE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Integer done = item.integer(NURTURE_ROUND);
    int round = (done == null ? 0 : done) + 1;
    String leadId = item.require(LEAD_ID);
    leads.recordNurtureRound(leadId, round);
    log.info("Lead {} enters nurture round {}", leadId, round);
    return Map.of(NURTURE_ROUND, round);
  }
}
