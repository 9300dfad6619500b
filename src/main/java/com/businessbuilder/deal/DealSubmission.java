package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.discovery.LeadHandedToSales;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.system.web.IdempotencyKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a deal: stores it and starts its deal-closing run in one transaction (correlation key = deal id), so there
 * is never a deal without a run or a run without a deal. A lead opens at most one deal, and an
 * {@code Idempotency-Key} at most one.
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

  /**
   * Opens the deal, or returns the one its lead already opened, or the one the caller's earlier request with the
   * same {@code Idempotency-Key} opened (keys are the caller's own).
   */
  Opened open(DealRequest request, String caller, String idempotencyKey) {
    DealRequest data = request.normalized();
    return IdempotencyKeys.createOnce(idempotencyKey, data, "deal", key -> openedWith(caller, key), fingerprint ->
        openedBy(data.leadId()).orElseGet(() -> transaction.execute(status ->
            start(UUID.randomUUID().toString(), data, caller, idempotencyKey, fingerprint)))).created();
  }

  private Optional<IdempotencyKeys.Earlier<Opened>> openedWith(String caller, String idempotencyKey) {
    return deals.findByIdempotencyKey(caller, idempotencyKey)
        .map(earlier -> new IdempotencyKeys.Earlier<>(Opened.of(earlier.created(), true), earlier.fingerprint()));
  }

  private Optional<Opened> openedBy(String leadId) {
    return leadId == null ? Optional.empty() : deals.findByLead(leadId).map(deal -> Opened.of(deal, true));
  }

  /**
   * Opens the deal a lead was handed over as, under the id the handoff named, in the caller's transaction; a
   * handoff delivered again finds its deal and opens nothing.
   */
  Opened open(LeadHandedToSales handoff) {
    return deals.find(handoff.dealId()).map(deal -> Opened.of(deal, true))
        .orElseGet(() -> start(handoff.dealId(), new DealRequest(handoff.leadId(), handoff.company(), null,
            handoff.contactEmail(), handoff.industry(), handoff.employees(), handoff.annualBudget(), handoff.notes(),
            DEFAULT_RISK).normalized(), null, null, null));
  }

  private Opened start(String id, DealRequest data, String caller, String idempotencyKey, String fingerprint) {
    String runId = runs.start(DealClosingProcess.PROCESS_ID, id, variables(id, data));
    deals.insert(id, data, runId, Instant.now().truncatedTo(ChronoUnit.MILLIS), caller, idempotencyKey,
        fingerprint);
    return new Opened(id, runId, false);
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

  /** The deal and its run; {@code earlier} when it was opened before and nothing new was started. */
  record Opened(String id, String runId, boolean earlier) {

    static Opened of(Deal deal, boolean earlier) {
      return new Opened(deal.id(), deal.runId(), earlier);
    }
  }
}
