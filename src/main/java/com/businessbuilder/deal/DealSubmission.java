package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a deal: stores it and starts its deal-closing run in one transaction (business key = deal id), so there is
 * never a deal without a run or a run without a deal. A lead opens at most one deal: handing it over again returns
 * the first.
 */
@Service
public class DealSubmission {

  private final DealRepository deals;
  private final RuntimeService runtime;
  private final DealProperties properties;
  private final TransactionTemplate transaction;

  DealSubmission(DealRepository deals, RuntimeService runtime, DealProperties properties,
      TransactionTemplate transaction) {
    this.deals = deals;
    this.runtime = runtime;
    this.properties = properties;
    this.transaction = transaction;
  }

  /** Opens the deal, or returns the one its lead already opened. */
  public Opened open(DealRequest request) {
    DealRequest data = request.normalized();
    if (data.leadId() != null) {
      var earlier = deals.findByLead(data.leadId());
      if (earlier.isPresent()) {
        return new Opened(earlier.get().id(), earlier.get().processInstanceId());
      }
    }
    return transaction.execute(status -> start(data));
  }

  private Opened start(DealRequest data) {
    String id = UUID.randomUUID().toString();
    ProcessInstance run = runtime.startProcessInstanceByKey(DealClosingProcess.PROCESS_ID, id, variables(id, data));
    deals.insert(id, data, run.getId(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    return new Opened(id, run.getId());
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
  public record Opened(String id, String processInstanceId) {}
}
