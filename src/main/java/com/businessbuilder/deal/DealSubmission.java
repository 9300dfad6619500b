package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.discovery.LeadHandedToSales;
import com.businessbuilder.engine.ProcessRuns;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a deal: stores it and starts its deal-closing run in one transaction (correlation key = deal id), so there
 * is never a deal without a run or a run without a deal. A lead opens at most one deal.
 */
@Service
class DealSubmission {

  /** discovery does not judge risk; the CEO who approved the lead can raise it on the deal later */
  static final String DEFAULT_RISK = "low";

  private final DealRepository deals;
  private final ProcessRuns runs;
  private final DealProperties properties;
  private final TransactionTemplate transaction;

  DealSubmission(DealRepository deals, ProcessRuns runs, DealProperties properties,
      TransactionTemplate transaction) {
    this.deals = deals;
    this.runs = runs;
    this.properties = properties;
    this.transaction = transaction;
  }

  /** Opens the deal, or returns the one its lead already opened. */
  Opened open(DealRequest request) {
    DealRequest data = request.normalized();
    if (data.leadId() != null) {
      var earlier = deals.findByLead(data.leadId());
      if (earlier.isPresent()) {
        return new Opened(earlier.get().id(), earlier.get().runId());
      }
    }
    return transaction.execute(status -> start(UUID.randomUUID().toString(), data));
  }

  /**
   * Opens the deal a lead was handed over as, under the id the handoff named, in the caller's transaction; a
   * handoff delivered again finds its deal and opens nothing.
   */
  Opened open(LeadHandedToSales handoff) {
    return deals.find(handoff.dealId()).map(deal -> new Opened(deal.id(), deal.runId()))
        .orElseGet(() -> start(handoff.dealId(), new DealRequest(handoff.leadId(), handoff.company(), null,
            handoff.contactEmail(), handoff.industry(), handoff.employees(), handoff.annualBudget(), handoff.notes(),
            DEFAULT_RISK).normalized()));
  }

  private Opened start(String id, DealRequest data) {
    String runId = runs.start(DealClosingProcess.PROCESS_ID, id, variables(id, data));
    deals.insert(id, data, runId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    return new Opened(id, runId);
  }

  private Map<String, Object> variables(String id, DealRequest data) {
    // every input of the approval policy must exist, even when not known yet
    Map<String, Object> variables = new HashMap<>();
    variables.put(DEAL_ID, id);
    variables.put(RISK, data.risk());
    variables.put(DEAL_VALUE, null);
    variables.put(DISCOUNT_PERCENT, 0);
    variables.put(MARGIN_PERCENT, null);
    variables.put(FOLLOW_UP_WAIT, properties.followUpWait().toString());
    variables.put(MAX_FOLLOW_UPS, properties.maxFollowUps());
    variables.put(FOLLOW_UPS_SENT, 0);
    variables.put(PROPOSAL_VALIDITY, properties.proposalValidity().toString());
    variables.put(MAX_NEGOTIATION_ROUNDS, properties.maxNegotiationRounds());
    variables.put(NEGOTIATION_ROUND, 0);
    variables.put(SIGNATURE_REMINDER_WAIT, properties.signatureReminderWait().toString());
    variables.put(MAX_SIGNATURE_REMINDERS, properties.maxSignatureReminders());
    variables.put(SIGNATURE_REMINDERS_SENT, 0);
    return variables;
  }

  /** The deal and its run. */
  record Opened(String id, String runId) {}
}
