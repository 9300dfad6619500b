package com.businessbuilder.governance;

import com.businessbuilder.system.web.ListQuery;
import com.businessbuilder.system.web.Listing;
import com.businessbuilder.system.web.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What was decided on each settled tension (bb_governance_record). */
@Repository
class GovernanceRecords {

  private static final String COLUMNS = "id, tension_id, revision, change_type, role_id, outcome, role_version, "
      + "summary, objections, decided_by, reason, decided_at";

  private final JdbcClient jdbc;

  GovernanceRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(GovernanceRecord record) {
    jdbc.sql("insert into bb_governance_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(record.id(), record.tensionId(), record.revision(), record.change().name(), record.roleId(),
            record.outcome().name(), record.roleVersion(), record.summary(), record.objections(), record.decidedBy(),
            record.reason(), Timestamp.from(record.decidedAt()))
        .update();
  }

  Optional<GovernanceRecord> ofTension(String tensionId) {
    return jdbc.sql("select " + COLUMNS + " from bb_governance_record where tension_id = ?").param(tensionId)
        .query(this::record).optional();
  }

  Listing<GovernanceRecord> search(Tension.Status outcome, String roleId, Paging paging) {
    return new ListQuery().equalTo("outcome", outcome).equalTo("role_id", roleId)
        .page(jdbc, "bb_governance_record", COLUMNS, paging, this::record);
  }

  private GovernanceRecord record(ResultSet rs, int row) throws SQLException {
    return new GovernanceRecord(rs.getString("id"), rs.getString("tension_id"), rs.getInt("revision"),
        Proposal.Change.valueOf(rs.getString("change_type")), rs.getString("role_id"),
        Tension.Status.valueOf(rs.getString("outcome")), rs.getObject("role_version", Integer.class),
        rs.getString("summary"), rs.getString("objections"), rs.getString("decided_by"), rs.getString("reason"),
        rs.getTimestamp("decided_at").toInstant());
  }
}
