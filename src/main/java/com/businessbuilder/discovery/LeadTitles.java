package com.businessbuilder.discovery;

import com.businessbuilder.approval.PipelineTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A lead's gates are titled with its company and, once scored, its tier and score: "Acme GmbH (HOT, 140)". */
@Component
class LeadTitles implements PipelineTitles {

  private final LeadRepository leads;

  LeadTitles(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public Optional<String> title(String correlationKey) {
    return leads.find(correlationKey).map(lead -> lead.data().company()
        + (lead.tier() == null ? "" : " (" + lead.tier() + ", " + lead.score() + ")"));
  }
}
