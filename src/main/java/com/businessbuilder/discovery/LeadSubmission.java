package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Variables.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.system.web.CallerMistake;
import org.springframework.http.HttpStatus;
import org.springframework.dao.DuplicateKeyException;
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
    String fingerprint = fingerprint(lead);
    if (idempotencyKey != null) {
      var earlier = leads.findByIdempotencyKey(caller, idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), fingerprint);
      }
    }
    try {
      return new Submitted(transaction.execute(status -> start(lead, caller, idempotencyKey, fingerprint)), false);
    } catch (DuplicateKeyException raced) {
      // a concurrent request with the same key won; its transaction (lead and run) is the one that counts
      return replay(leads.findByIdempotencyKey(caller, idempotencyKey).orElseThrow(() -> raced), fingerprint);
    }
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

  private static Submitted replay(LeadRepository.IdempotentLead earlier, String fingerprint) {
    if (!earlier.fingerprint().equals(fingerprint)) {
      throw new IdempotencyKeyReused();
    }
    return new Submitted(earlier.lead(), true);
  }

  private static String fingerprint(LeadRequest lead) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(lead.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  record Submitted(Lead lead, boolean replayed) {}

  /** The same {@code Idempotency-Key} came with a different lead: the caller's mistake, nothing is started. */
  static class IdempotencyKeyReused extends CallerMistake {
    IdempotencyKeyReused() {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
          "This Idempotency-Key was already used for a different lead; use a new key for a new lead");
    }
  }
}
