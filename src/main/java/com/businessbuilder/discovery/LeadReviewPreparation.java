package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.engine.GateListener.GateEvent;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the lead on the CEO's "Approve pursuing lead" form when the gate opens: who it is, what discovery found and
 * the factors behind its score, read from the lead.
 */
@Component
class LeadReviewPreparation implements PreparesGate {

  private final LeadRepository leads;

  LeadReviewPreparation(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return ClientDiscoveryProcess.PROCESS_ID.equals(gate.processId())
        && ClientDiscoveryProcess.Elements.APPROVE_PURSUING_LEAD.equals(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Lead lead = leads.require((String) gate.variable(LEAD_ID));
    LeadRequest data = lead.data();
    Map<String, Object> shown = new HashMap<>();
    shown.put(COMPANY, data.company());
    shown.put(CONTACT_EMAIL, data.contactEmail());
    shown.put(WEBSITE, data.website());
    shown.put(MARKET_SEGMENT, lead.marketSegment());
    shown.put(SCORE_FACTORS, ScoreFactor.asText(lead.factors()));
    shown.values().removeIf(java.util.Objects::isNull);
    return new GateContent(data.company() + ": score " + lead.score() + " (" + lead.tier() + ")", shown);
  }
}
