package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.system.web.ListQuery;
import com.businessbuilder.system.web.Listing;
import com.businessbuilder.system.web.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tensions, the revisions of their proposals and the objections to each revision. */
@Repository
class TensionRepository {

  private static final String COLUMNS = "id, raised_by, role_id, what_is, what_should_be, status, "
      + "process_instance_id, created_at, settled_at";

  private final JdbcClient jdbc;
  private final GovernanceJson json;

  TensionRepository(JdbcClient jdbc, GovernanceJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Tension tension, String openKey, String idempotencyKey, String fingerprint) {
    jdbc.sql("insert into bb_tension (" + COLUMNS + ", open_key, idempotency_key, request_fingerprint) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(tension.id(), tension.raisedBy(), tension.roleId(), tension.whatIs(), tension.whatShouldBe(),
            tension.status().name(), tension.runId(), Timestamp.from(tension.createdAt()), null, openKey,
            idempotencyKey, fingerprint)
        .update();
  }

  Optional<Tension> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_tension where id = ?").param(id).query(this::tension).optional();
  }

  Tension require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No tension " + id));
  }

  Optional<Tension> findOpen(String openKey) {
    return jdbc.sql("select " + COLUMNS + " from bb_tension where open_key = ?").param(openKey)
        .query(this::tension).optional();
  }

  Optional<IdempotencyKeys.Earlier<Tension>> findByIdempotencyKey(String raisedBy, String key) {
    return jdbc.sql("select " + COLUMNS + ", request_fingerprint from bb_tension "
            + "where raised_by = ? and idempotency_key = ?")
        .params(raisedBy, key)
        .query((rs, row) -> new IdempotencyKeys.Earlier<>(tension(rs, row), rs.getString("request_fingerprint")))
        .optional();
  }

  Listing<Tension> search(Tension.Status status, String roleId, Paging paging) {
    return new ListQuery().equalTo("status", status).equalTo("role_id", roleId)
        .page(jdbc, "bb_tension", COLUMNS, paging, this::tension);
  }

  /** Settles the tension; the same raiser may raise the same tension again from now on. */
  void settle(String id, Tension.Status status) {
    jdbc.sql("update bb_tension set status = ?, open_key = null, settled_at = ? where id = ?")
        .params(status.name(), Timestamp.from(now()), id).update();
  }

  /** The revision a task wrote, when it was offered before (a crash, a retry). */
  Optional<Proposal> proposalOf(String tensionId, String workItem) {
    return workItem == null ? Optional.empty() : jdbc.sql("select * from bb_governance_proposal "
        + "where tension_id = ? and work_item = ?").params(tensionId, workItem).query(this::proposalRow).optional();
  }

  /** Stores the next revision of the tension's proposal, written by the task {@code workItem}, and returns it. */
  Proposal addProposal(String tensionId, String workItem, Proposal.Change change, String roleId, AgentRole role,
      int basedOn, String rationale) {
    int revision = jdbc.sql("select coalesce(max(revision), 0) + 1 from bb_governance_proposal where tension_id = ?")
        .param(tensionId).query(Integer.class).single();
    Proposal proposal = new Proposal(tensionId, revision, change, roleId, role, basedOn, rationale, now());
    jdbc.sql("insert into bb_governance_proposal (tension_id, revision, work_item, change_type, role_id, definition, "
            + "based_on, rationale, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(tensionId, revision, workItem, change.name(), roleId, role == null ? null : json.write(role), basedOn, rationale,
            Timestamp.from(proposal.createdAt()))
        .update();
    return proposal;
  }

  /** The newest revision of the tension's proposal. */
  Optional<Proposal> proposal(String tensionId) {
    return jdbc.sql("select * from bb_governance_proposal where tension_id = ? order by revision desc limit 1")
        .param(tensionId).query(this::proposalRow).optional();
  }

  Proposal requireProposal(String tensionId) {
    return proposal(tensionId).orElseThrow(() -> new IllegalStateException("Tension " + tensionId
        + " has no proposal yet"));
  }

  /** The objections to one revision; a revision asked again (a retried task) replaces its earlier ones. */
  void replaceObjections(String tensionId, int revision, List<Objection> objections) {
    jdbc.sql("delete from bb_governance_objection where tension_id = ? and revision = ?")
        .params(tensionId, revision).update();
    Timestamp now = Timestamp.from(now());
    for (Objection objection : objections) {
      jdbc.sql("insert into bb_governance_objection (tension_id, revision, role_id, criterion, reason, created_at) "
              + "values (?, ?, ?, ?, ?, ?)")
          .params(tensionId, revision, objection.roleId(), objection.criterion().name(), objection.reason(), now)
          .update();
    }
  }

  /** Every objection to the tension's proposal, revision by revision. */
  List<Objection> objections(String tensionId) {
    return jdbc.sql("select * from bb_governance_objection where tension_id = ? order by revision, role_id")
        .param(tensionId)
        .query((rs, row) -> new Objection(rs.getString("tension_id"), rs.getInt("revision"), rs.getString("role_id"),
            Objection.Criterion.valueOf(rs.getString("criterion")), rs.getString("reason")))
        .list();
  }

  private Tension tension(ResultSet rs, int row) throws SQLException {
    Timestamp settled = rs.getTimestamp("settled_at");
    return new Tension(rs.getString("id"), rs.getString("raised_by"), rs.getString("role_id"),
        rs.getString("what_is"), rs.getString("what_should_be"), Tension.Status.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getTimestamp("created_at").toInstant(),
        settled == null ? null : settled.toInstant());
  }

  private Proposal proposalRow(ResultSet rs, int row) throws SQLException {
    String definition = rs.getString("definition");
    return new Proposal(rs.getString("tension_id"), rs.getInt("revision"),
        Proposal.Change.valueOf(rs.getString("change_type")), rs.getString("role_id"),
        definition == null ? null : json.read(definition, AgentRole.class), rs.getInt("based_on"), rs.getString("rationale"),
        rs.getTimestamp("created_at").toInstant());
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
