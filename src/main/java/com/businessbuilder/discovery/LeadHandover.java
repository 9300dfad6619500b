package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.LEAD_ID;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Hand lead to sales": names the deal the lead becomes and publishes {@link LeadHandedToSales}, in one
 * transaction with the lead, so the event is stored (and later delivered) exactly when the lead records its deal. A
 * retried task finds the deal named and publishes nothing again.
 */
@Component
class LeadHandover implements TaskHandler {

  private final LeadRepository leads;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  LeadHandover(LeadRepository leads, ApplicationEventPublisher events, TransactionTemplate transaction) {
    this.leads = leads;
    this.events = events;
    this.transaction = transaction;
  }

  @Override
  public String topic() {
    return ClientDiscoveryProcess.Topics.LEAD_HANDOVER;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String leadId = item.require(LEAD_ID);
    transaction.executeWithoutResult(status -> {
      String dealId = UUID.randomUUID().toString();
      if (leads.handOver(leadId, dealId)) {
        LeadRequest lead = leads.require(leadId).data();
        events.publishEvent(new LeadHandedToSales(leadId, dealId, lead.company(), lead.contactEmail(),
            lead.industry(), lead.employees(), lead.annualBudget(), lead.notes()));
      }
    });
    return Map.of();
  }
}
