package com.businessbuilder.lifecycle;

import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.system.web.ListQuery;
import com.businessbuilder.system.web.Listing;
import com.businessbuilder.system.web.Paging;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Initiatives ({@code bb_initiative}) and what the CEO sent them ({@code bb_initiative_message}). */
@Repository
class InitiativeRepository {

  static final String COLUMNS = "id, goal, constraints_text, budget, currency, deadline, status, phase, current_step, "
      + "incident, analysis, team, missing_capabilities, cost_estimate, timeline_days, plan_problems, replan_reason, "
      + "readiness, process_instance_id, created_at, launched_at, ended_at";
  private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  InitiativeRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Initiative initiative, String submittedBy, String idempotencyKey, String fingerprint) {
    jdbc.sql("insert into bb_initiative (id, goal, constraints_text, budget, currency, deadline, status, phase, "
            + "process_instance_id, submitted_by, idempotency_key, request_fingerprint, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(initiative.id(), initiative.goal(), write(initiative.constraints()), initiative.budget(),
            initiative.currency(), Date.valueOf(initiative.deadline()), initiative.status(),
            initiative.phase().name(), initiative.runId(), submittedBy, idempotencyKey, fingerprint,
            Timestamp.from(initiative.createdAt()), Timestamp.from(initiative.createdAt()))
        .update();
  }

  Optional<Initiative> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_initiative where id = ?").param(id).query(this::initiative)
        .optional();
  }

  Initiative require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No initiative " + id));
  }

  Optional<IdempotencyKeys.Earlier<Initiative>> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc.sql("select " + COLUMNS + ", request_fingerprint from bb_initiative "
            + "where submitted_by = ? and idempotency_key = ?")
        .params(submittedBy, key)
        .query((rs, row) -> new IdempotencyKeys.Earlier<>(initiative(rs, row), rs.getString("request_fingerprint")))
        .optional();
  }

  Listing<Initiative> search(InitiativeFilter filter, Paging paging) {
    return new ListQuery()
        .equalTo("status", filter.status())
        .equalTo("phase", filter.phase() == null ? null : filter.phase().name())
        .createdBetween(filter.createdFrom(), filter.createdTo())
        .page(jdbc, "bb_initiative", COLUMNS, paging, this::initiative);
  }

  /** Where the run stands, as the engine moved it (the read model); an ended run also stamps when. */
  void recordRun(String id, String status, InitiativePhase phase, String currentStep, String incident) {
    boolean ended = !Initiative.RUNNING.equals(status);
    jdbc.sql("update bb_initiative set status = ?, phase = ?, current_step = ?, incident = ?, "
            + "ended_at = case when ? and ended_at is null then ? else ended_at end, updated_at = ? where id = ?")
        .params(status, phase.name(), currentStep, incident, ended, Timestamp.from(Instant.now()),
            Timestamp.from(Instant.now()), id)
        .update();
  }

  void recordAnalysis(String id, String analysis) {
    update("analysis = ?", id, analysis);
  }

  void recordTeam(String id, String team, String missingCapabilities) {
    update("team = ?, missing_capabilities = ?", id, team, missingCapabilities);
  }

  void recordEstimate(String id, BigDecimal cost, int timelineDays) {
    update("cost_estimate = ?, timeline_days = ?", id, cost, timelineDays);
  }

  /** The plan's cost and timeline as the CEO last approved them: what a revision is measured against. */
  void recordApproved(String id) {
    jdbc.sql("update bb_initiative set approved_cost = cost_estimate, approved_days = timeline_days, updated_at = ? "
        + "where id = ?").params(Timestamp.from(Instant.now()), id).update();
  }

  /** The cost and working days the CEO last approved; empty before the first approval. */
  Optional<CostEstimate.Estimate> approved(String id) {
    return jdbc.sql("select approved_cost, approved_days from bb_initiative where id = ? and approved_cost is not null")
        .param(id).query((rs, row) -> new CostEstimate.Estimate(rs.getBigDecimal("approved_cost"),
            rs.getInt("approved_days"))).optional();
  }

  void recordPlanProblems(String id, String problems) {
    update("plan_problems = ?", id, problems);
  }

  /** Why the open work must be planned again; reasons add up until a plan takes them in. */
  void requestReplan(String id, String reason) {
    jdbc.sql("update bb_initiative set replan_reason = case when replan_reason is null then ? "
            + "else replan_reason || '\n' || ? end, updated_at = ? where id = ?")
        .params(reason, reason, Timestamp.from(Instant.now()), id).update();
  }

  void clearReplan(String id) {
    update("replan_reason = null", id);
  }

  void recordReadiness(String id, String readiness) {
    update("readiness = ?", id, readiness);
  }

  void launched(String id) {
    jdbc.sql("update bb_initiative set launched_at = coalesce(launched_at, ?), updated_at = ? where id = ?")
        .params(Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), id).update();
  }

  void insertMessage(String initiativeId, InitiativeMessage message, String sentBy) {
    jdbc.sql("insert into bb_initiative_message (id, initiative_id, type, text, sent_by, created_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), initiativeId, message.type(),
            message.text() == null ? null : message.text().strip(), sentBy, Timestamp.from(Instant.now()))
        .update();
  }

  /** What the CEO sent, oldest first. */
  List<InitiativeView.Message> messages(String initiativeId) {
    return jdbc.sql("select type, text, sent_by, created_at from bb_initiative_message where initiative_id = ? "
            + "order by created_at, id")
        .param(initiativeId)
        .query((rs, row) -> new InitiativeView.Message(rs.getString("type"), rs.getString("text"),
            rs.getString("sent_by"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  /** The latest message of a type, for the handler that takes it in. */
  Optional<String> latestMessage(String initiativeId, String type) {
    // a retire may come without a reason: an empty text is no text
    return jdbc.sql("select text from bb_initiative_message where initiative_id = ? and type = ? "
            + "order by created_at desc, id").params(initiativeId, type).query(String.class).list().stream()
        .filter(java.util.Objects::nonNull).findFirst();
  }

  private void update(String assignments, String id, Object... values) {
    Object[] params = new Object[values.length + 2];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = Timestamp.from(Instant.now());
    params[values.length + 1] = id;
    jdbc.sql("update bb_initiative set " + assignments + ", updated_at = ? where id = ?").params(params).update();
  }

  private Initiative initiative(ResultSet rs, int row) throws SQLException {
    int days = rs.getInt("timeline_days");
    Integer timelineDays = rs.wasNull() ? null : days;
    return new Initiative(rs.getString("id"), rs.getString("goal"), read(rs.getString("constraints_text")),
        rs.getBigDecimal("budget"), rs.getString("currency"), rs.getDate("deadline").toLocalDate(),
        rs.getString("status"), InitiativePhase.valueOf(rs.getString("phase")), rs.getString("current_step"),
        rs.getString("incident"), rs.getString("analysis"), rs.getString("team"),
        rs.getString("missing_capabilities"), rs.getBigDecimal("cost_estimate"), timelineDays,
        rs.getString("plan_problems"), rs.getString("replan_reason"), rs.getString("readiness"),
        rs.getString("process_instance_id"), rs.getTimestamp("created_at").toInstant(),
        instant(rs.getTimestamp("launched_at")), instant(rs.getTimestamp("ended_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> read(String text) {
    try {
      return json.readValue(text, TEXTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable initiative constraints: " + text, e);
    }
  }
}
