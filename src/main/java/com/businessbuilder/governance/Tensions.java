package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.system.web.CallerMistake;
import com.businessbuilder.system.web.IdempotencyKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where anyone raises a tension: the CEO and operators through {@code POST /api/tensions}, agents and monitors
 * through {@link #raise}. Each tension is stored and its governance run started in one transaction. The same raiser
 * raising the same tension while it is open gets the open one, so a monitor that finds the same gap every cycle
 * raises it once.
 */
@Service
public class Tensions {

  private final TensionRepository tensions;
  private final AgentRoles roles;
  private final ProcessRuns runs;
  private final GovernanceProperties properties;
  private final TransactionTemplate transaction;

  Tensions(TensionRepository tensions, AgentRoles roles, ProcessRuns runs, GovernanceProperties properties,
      TransactionTemplate transaction) {
    this.tensions = tensions;
    this.roles = roles;
    this.runs = runs;
    this.properties = properties;
    this.transaction = transaction;
  }

  /**
   * Raises a tension about a role.
   *
   * @param raisedBy who raises it, e.g. {@code monitor:finance} or an agent role's id
   * @param roleId the role concerned, one in force
   * @param whatIs what happens now
   * @param whatShouldBe what should happen instead
   * @return the tension, the open one when this raiser raised the same one before
   * @throws IllegalArgumentException when the role is not in force or a text is blank or longer than 2,000
   */
  public Tension raise(String raisedBy, String roleId, String whatIs, String whatShouldBe) {
    if (raisedBy == null || raisedBy.isBlank() || raisedBy.length() > 100) {
      throw new IllegalArgumentException("raisedBy must be 1 to 100 characters");
    }
    for (String text : new String[] {roleId, whatIs, whatShouldBe}) {
      if (text == null || text.isBlank() || text.length() > 2000) {
        throw new IllegalArgumentException("roleId, whatIs and whatShouldBe must be 1 to 2,000 characters");
      }
    }
    TensionRequest request = new TensionRequest(roleId, whatIs, whatShouldBe).normalized();
    if (roles.find(request.roleId()).isEmpty()) {
      throw new IllegalArgumentException("No agent role '" + request.roleId() + "' in force");
    }
    return open(request, raisedBy, null, null).tension();
  }

  record Raised(Tension tension, boolean earlier) {}

  /** A tension raised through the API; a caller repeating its Idempotency-Key gets the first answer. */
  Raised raise(TensionRequest request, String caller, String idempotencyKey) {
    TensionRequest data = request.normalized();
    if (roles.find(data.roleId()).isEmpty()) {
      throw CallerMistake.field("roleId", "must be the id of a role in force (GET /api/agents)");
    }
    IdempotencyKeys.Outcome<Raised> outcome = IdempotencyKeys.createOnce(idempotencyKey, data, "tension",
        key -> tensions.findByIdempotencyKey(caller, key)
            .map(earlier -> new IdempotencyKeys.Earlier<>(new Raised(earlier.created(), true), earlier.fingerprint())),
        fingerprint -> open(data, caller, idempotencyKey, fingerprint));
    return outcome.created();
  }

  Optional<Tension> find(String id) {
    return tensions.find(id);
  }

  private Raised open(TensionRequest data, String raisedBy, String idempotencyKey, String fingerprint) {
    String openKey = openKey(raisedBy, data);
    Optional<Tension> open = tensions.findOpen(openKey);
    if (open.isPresent()) {
      return new Raised(open.get(), true);
    }
    try {
      return new Raised(transaction.execute(status -> start(data, raisedBy, openKey, idempotencyKey, fingerprint)),
          false);
    } catch (DuplicateKeyException raced) {
      // the same raiser raised the same tension at the same moment: theirs is the open one
      return tensions.findOpen(openKey).map(tension -> new Raised(tension, true)).orElseThrow(() -> raced);
    }
  }

  private Tension start(TensionRequest data, String raisedBy, String openKey, String idempotencyKey,
      String fingerprint) {
    String id = UUID.randomUUID().toString();
    String runId = runs.start(GovernanceProcess.PROCESS_ID, id, Map.of(
        GovernanceProcess.Variables.TENSION_ID, id,
        GovernanceProcess.Variables.INTEGRATION_ROUND, 0,
        GovernanceProcess.Variables.MAX_INTEGRATION_ROUNDS, properties.maxIntegrationRounds(),
        PipelineBudget.BUDGET_VARIABLE, properties.agentBudget().doubleValue(),
        PipelineBudget.MAX_CALLS_VARIABLE, properties.maxAgentCalls()));
    Tension tension = new Tension(id, raisedBy, data.roleId(), data.whatIs(), data.whatShouldBe(),
        Tension.Status.OPEN, runId, TensionRepository.now(), null);
    tensions.insert(tension, openKey, idempotencyKey, fingerprint);
    return tension;
  }

  private static String openKey(String raisedBy, TensionRequest data) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\0", raisedBy, data.roleId(),
          data.whatIs(), data.whatShouldBe()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
