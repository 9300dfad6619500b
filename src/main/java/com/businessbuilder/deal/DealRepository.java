package com.businessbuilder.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DealRepository {

  private static final String COLUMNS = "id, lead_id, company, contact_name, contact_email, industry, employees, "
      + "annual_budget, notes, risk, status, lost_reason, needs_summary, needs_scope, envelope_id, invoice_number, "
      + "project_brief, process_instance_id, created_at, closed_at";

  private final JdbcClient jdbc;

  DealRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String id, DealRequest data, String processInstanceId, Instant createdAt) {
    jdbc.sql("insert into bb_deal (id, lead_id, company, contact_name, contact_email, industry, employees, "
            + "annual_budget, notes, risk, status, process_instance_id, created_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, data.leadId(), data.company(), data.contactName(), data.contactEmail(), data.industry(),
            data.employees(), data.annualBudget(), data.notes(), data.risk(), Deal.OPEN, processInstanceId,
            Timestamp.from(createdAt))
        .update();
  }

  Optional<Deal> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_deal where id = ?").param(id).query(DealRepository::deal)
        .optional();
  }

  Deal require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No deal " + id));
  }

  Optional<Deal> findByLead(String leadId) {
    return jdbc.sql("select " + COLUMNS + " from bb_deal where lead_id = ?").param(leadId)
        .query(DealRepository::deal).optional();
  }

  Optional<Deal> findByEnvelope(String envelopeId) {
    return jdbc.sql("select " + COLUMNS + " from bb_deal where envelope_id = ?").param(envelopeId)
        .query(DealRepository::deal).optional();
  }

  void recordNeeds(String id, String summary, String scope) {
    jdbc.sql("update bb_deal set needs_summary = ?, needs_scope = ? where id = ?").params(summary, scope, id).update();
  }

  void recordEnvelope(String id, String envelopeId) {
    jdbc.sql("update bb_deal set envelope_id = ? where id = ?").params(envelopeId, id).update();
  }

  void recordInvoice(String id, String invoiceNumber) {
    jdbc.sql("update bb_deal set invoice_number = ? where id = ?").params(invoiceNumber, id).update();
  }

  void close(String id, String status, String lostReason, String projectBrief) {
    jdbc.sql("update bb_deal set status = ?, lost_reason = ?, project_brief = ?, closed_at = ? where id = ?")
        .params(status, lostReason, projectBrief, Timestamp.from(Instant.now()), id).update();
  }

  void addMessage(String dealId, String direction, String kind, String text) {
    jdbc.sql("insert into bb_deal_message (id, deal_id, direction, kind, text, created_at) values (?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), dealId, direction, kind, text,
            Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)))
        .update();
  }

  List<DealMessage> messages(String dealId) {
    return jdbc.sql("select id, deal_id, direction, kind, text, created_at from bb_deal_message where deal_id = ? "
            + "order by created_at, id")
        .param(dealId)
        .query((rs, row) -> new DealMessage(rs.getString("id"), rs.getString("deal_id"), rs.getString("direction"),
            rs.getString("kind"), rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  private static Deal deal(ResultSet rs, int row) throws SQLException {
    DealRequest data = new DealRequest(rs.getString("lead_id"), rs.getString("company"),
        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("industry"),
        rs.getObject("employees", Integer.class), rs.getObject("annual_budget", Long.class), rs.getString("notes"),
        rs.getString("risk"));
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Deal(rs.getString("id"), data, rs.getString("process_instance_id"), rs.getString("status"),
        rs.getString("lost_reason"), rs.getString("needs_summary"), rs.getString("needs_scope"),
        rs.getString("envelope_id"), rs.getString("invoice_number"), rs.getString("project_brief"),
        rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
  }
}
