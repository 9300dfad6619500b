package com.businessbuilder.approval;

import com.businessbuilder.engine.GateListener.GateEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every CEO gate and its decision ({@code bb_gate}), written in the engine's transaction. */
@Repository
public class GateRecords {

  private static final String COLUMNS = "id, gate, name, process_id, run_id, correlation_key, summary, status, "
      + "opened_at, closed_at, decision, comment, decided_by";

  private final JdbcClient jdbc;

  GateRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(GateEvent gate, String name, String summary) {
    jdbc.sql("insert into bb_gate (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, null)")
        .params(gate.gateId(), gate.key(), name, gate.processId(), gate.runId(), gate.correlationKey(),
            cut(summary), GateRecord.OPEN, Timestamp.from(Instant.now()))
        .update();
  }

  void decide(String gateId, ApprovalDecision decision, String comment, String person) {
    jdbc.sql("update bb_gate set status = ?, closed_at = ?, decision = ?, comment = ?, decided_by = ? where id = ?")
        .params(GateRecord.DECIDED, Timestamp.from(Instant.now()), decision.value(), cut(comment), person, gateId)
        .update();
  }

  /** When the gate opened, null for an unknown gate. */
  Instant openedAt(String gateId) {
    return jdbc.sql("select opened_at from bb_gate where id = ?").param(gateId).query(Timestamp.class).optional()
        .map(Timestamp::toInstant).orElse(null);
  }

  void withdraw(String gateId) {
    jdbc.sql("update bb_gate set status = ?, closed_at = ? where id = ? and status = ?")
        .params(GateRecord.WITHDRAWN, Timestamp.from(Instant.now()), gateId, GateRecord.OPEN)
        .update();
  }

  Optional<GateRecord> latest(String correlationKey) {
    return jdbc.sql("select " + COLUMNS + " from bb_gate where correlation_key = ? order by opened_at desc, id")
        .param(correlationKey).query(GateRecords::record).list().stream().findFirst();
  }

  /** The gates of a pipeline that were decided, oldest first: what the CEO decided, when and why. */
  public List<GateRecord> decided(String correlationKey) {
    return jdbc.sql("select " + COLUMNS + " from bb_gate where correlation_key = ? and status = ? "
            + "order by closed_at, id")
        .params(correlationKey, GateRecord.DECIDED).query(GateRecords::record).list();
  }

  private static String cut(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
  }

  private static GateRecord record(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new GateRecord(rs.getString("id"), rs.getString("gate"), rs.getString("name"),
        rs.getString("process_id"), rs.getString("run_id"), rs.getString("correlation_key"),
        rs.getString("summary"), rs.getString("status"), rs.getTimestamp("opened_at").toInstant(),
        closed == null ? null : closed.toInstant(), rs.getString("decision"), rs.getString("comment"),
        rs.getString("decided_by"));
  }
}
