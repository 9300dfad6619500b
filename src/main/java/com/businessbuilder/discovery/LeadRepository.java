package com.businessbuilder.discovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LeadRepository {

  private static final String COLUMNS = "id, company, contact_email, industry, employees, annual_budget, website, "
      + "notes, source, process_instance_id, created_at";

  private final JdbcClient jdbc;

  LeadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Lead lead, String idempotencyKey, String fingerprint) {
    LeadRequest data = lead.data();
    jdbc.sql("insert into bb_lead (" + COLUMNS + ", idempotency_key, request_fingerprint) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(lead.id(), data.company(), data.contactEmail(), data.industry(), data.employees(),
            data.annualBudget(), data.website(), data.notes(), data.source(), lead.processInstanceId(),
            Timestamp.from(lead.createdAt()), idempotencyKey, fingerprint)
        .update();
  }

  Optional<Lead> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_lead where id = ?").param(id).query(LeadRepository::lead)
        .optional();
  }

  Optional<IdempotentLead> findByIdempotencyKey(String key) {
    return jdbc.sql("select " + COLUMNS + ", request_fingerprint from bb_lead where idempotency_key = ?")
        .param(key)
        .query((rs, row) -> new IdempotentLead(lead(rs, row), rs.getString("request_fingerprint")))
        .optional();
  }

  private static Lead lead(ResultSet rs, int row) throws SQLException {
    LeadRequest data = new LeadRequest(rs.getString("company"), rs.getString("contact_email"),
        rs.getString("industry"), rs.getObject("employees", Integer.class),
        rs.getObject("annual_budget", Long.class), rs.getString("website"), rs.getString("notes"),
        rs.getString("source"));
    return new Lead(rs.getString("id"), data, rs.getString("process_instance_id"),
        rs.getTimestamp("created_at").toInstant());
  }

  record IdempotentLead(Lead lead, String fingerprint) {}
}
