package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;

import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.system.web.IdempotencyKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a lead in: stores it and starts its client-discovery run in one transaction, so there is never a lead
 * without a run or a run without a lead. A caller repeating its {@code Idempotency-Key} gets its first lead back;
 * keys are the caller's own, another caller's equal key is another lead.
 */
@Service
class LeadSubmission {

  private final LeadRepository leads;
  private final ProcessRuns runs;
  private final DiscoveryProperties properties;
  private final TransactionTemplate transaction;

  LeadSubmission(LeadRepository leads, ProcessRuns runs, DiscoveryProperties properties,
      TransactionTemplate transaction) {
    this.leads = leads;
    this.runs = runs;
    this.properties = properties;
    this.transaction = transaction;
  }

  /**
   * @param caller who submits (the signed-in user), the owner of the key
   * @param idempotencyKey the caller's key for this submission, or null
   */
  Submitted submit(LeadRequest request, String caller, String idempotencyKey) {
    LeadRequest lead = request.normalized();
    IdempotencyKeys.Outcome<Lead> outcome = IdempotencyKeys.createOnce(idempotencyKey, lead, "lead",
        key -> leads.findByIdempotencyKey(caller, key),
        fingerprint -> transaction.execute(status -> start(lead, caller, idempotencyKey, fingerprint)));
    return new Submitted(outcome.created(), outcome.replayed());
  }

  private Lead start(LeadRequest data, String caller, String idempotencyKey, String fingerprint) {
    String id = UUID.randomUUID().toString();
    String runId = runs.start(ClientDiscoveryProcess.PROCESS_ID, id, variables(id, data));
    Lead lead = Lead.submitted(id, data, runId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    leads.insert(lead, caller, idempotencyKey, fingerprint);
    return lead;
  }

  private Map<String, Object> variables(String id, LeadRequest data) {
    Map<String, Object> variables = new HashMap<>(LeadFacts.scoringFacts(data));
    variables.put(LEAD_ID, id);
    variables.put(DIGITAL_FOOTPRINT, null);
    variables.put(NURTURE_ROUND, 0);
    variables.put(MAX_NURTURE_ROUNDS, properties.maxNurtureRounds());
    variables.put(NURTURE_WAIT, properties.nurtureWait().toString());
    return variables;
  }

  record Submitted(Lead lead, boolean replayed) {}
}
