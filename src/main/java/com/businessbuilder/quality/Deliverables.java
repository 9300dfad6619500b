package com.businessbuilder.quality;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The deliverables of every pipeline. A caller of the quality gate creates the deliverable here, then starts the
 * gate with {@link QualityGateProcess#startVariables}; once the gate ended, the deliverable's final version is the
 * one QA passed or the CEO accepted.
 */
@Service
public class Deliverables {

  private static final String TYPE_FORMAT = "[a-z][a-z0-9-]*";

  private final DeliverableStore store;
  private final AgentRoles roles;

  Deliverables(DeliverableStore store, AgentRoles roles) {
    this.store = store;
    this.roles = roles;
  }

  /**
   * Stores a new deliverable, not yet drafted.
   *
   * @throws IllegalArgumentException when the type, a role or a fact of the brief is not usable
   */
  public Deliverable create(NewDeliverable request) {
    if (request.type() == null || !request.type().matches(TYPE_FORMAT)) {
      throw new IllegalArgumentException("A deliverable type is lower-case words joined by hyphens; got '"
          + request.type() + "'");
    }
    AgentRole producer = role(request.producerRole(), AgentRole.Kind.producer);
    String qaRole = request.qaRole() == null ? producer.reviewedBy() : request.qaRole();
    role(qaRole, AgentRole.Kind.reviewer);
    Brief brief = new Brief(request.brief());
    // refuse a brief whose facts cannot be checked before any agent works on it
    brief.price();
    brief.dates();
    Deliverable deliverable = new Deliverable(UUID.randomUUID().toString(), request.type(), request.pipelineKey(),
        null, producer.id(), qaRole, brief, DeliverableStatus.IN_PROGRESS, null, Instant.now());
    store.insert(deliverable);
    return deliverable;
  }

  public Optional<Deliverable> find(String id) {
    return store.find(id);
  }

  /** Every version, oldest first, each with its QA report once reviewed. */
  public List<DeliverableVersion> versions(String id) {
    return store.versions(id);
  }

  /** The version the caller may use: the one QA passed or the CEO accepted. */
  public Optional<DeliverableVersion> finalVersion(String id) {
    return store.find(id).filter(d -> d.finalVersion() != null)
        .flatMap(d -> store.version(id, d.finalVersion()));
  }

  private AgentRole role(String id, AgentRole.Kind kind) {
    AgentRole role = roles.find(id == null ? "" : id).orElseThrow(() -> new IllegalArgumentException(
        "No agent role '" + id + "' in the catalog"));
    if (role.kind() != kind) {
      throw new IllegalArgumentException("Agent role '" + id + "' is a " + role.kind() + ", not a " + kind);
    }
    return role;
  }
}
