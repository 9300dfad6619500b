package com.businessbuilder.discovery;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Takes the lead in: the facts the scoring decision needs, in the shape it expects, from the lead's record. */
@Component
class LeadIntake implements TaskHandler {

  private final LeadRepository leads;

  LeadIntake(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_INTAKE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    return LeadFacts.scoringFacts(leads.require(item.require(ClientDiscoveryProcess.Variables.LEAD_ID)).data());
  }
}
