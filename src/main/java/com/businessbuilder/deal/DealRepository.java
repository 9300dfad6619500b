package com.businessbuilder.deal;

import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.system.web.ListQuery;
import com.businessbuilder.system.web.Listing;
import com.businessbuilder.system.web.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deals ({@code bb_deal}) and the conversation with each client ({@code bb_deal_message}). */
@Repository
class DealRepository {

  private static final String COLUMNS = "id, lead_id, company, contact_name, contact_email, industry, employees, "
      + "annual_budget, notes, risk, status, stage, current_step, incident, lost_reason, needs_summary, needs_scope, "
      + "price, discount_percent, margin_percent, delivery_weeks, envelope_id, invoice_number, project_brief, "
      + "process_instance_id, created_at, closed_at";

  private final JdbcClient jdbc;

  DealRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the deal; {@code submittedBy} is null for a deal opened by a handoff, {@code idempotencyKey} and
   * {@code fingerprint} are null unless the API was given a key.
   */
  void insert(String id, DealRequest data, String runId, Instant createdAt, String submittedBy,
      String idempotencyKey, String fingerprint) {
    jdbc.sql("insert into bb_deal (id, lead_id, company, contact_name, contact_email, industry, employees, "
            + "annual_budget, notes, risk, status, stage, process_instance_id, created_at, updated_at, submitted_by, "
            + "idempotency_key, request_fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, data.leadId(), data.company(), data.contactName(), data.contactEmail(), data.industry(),
            data.employees(), data.annualBudget(), data.notes(), data.risk(), Deal.OPEN, DealStage.OUTREACH.name(),
            runId, Timestamp.from(createdAt), Timestamp.from(createdAt), submittedBy, idempotencyKey, fingerprint)
        .update();
  }

  Optional<Deal> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_deal where id = ?").param(id).query(DealRepository::deal)
        .optional();
  }

  Deal require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No deal " + id));
  }

  Optional<IdempotencyKeys.Earlier<Deal>> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc.sql("select " + COLUMNS + ", request_fingerprint from bb_deal "
            + "where submitted_by = ? and idempotency_key = ?")
        .params(submittedBy, key)
        .query((rs, row) -> new IdempotencyKeys.Earlier<>(deal(rs, row), rs.getString("request_fingerprint")))
        .optional();
  }

  Optional<Deal> findByLead(String leadId) {
    return jdbc.sql("select " + COLUMNS + " from bb_deal where lead_id = ?").param(leadId)
        .query(DealRepository::deal).optional();
  }

  Optional<Deal> findByEnvelope(String envelopeId) {
    return jdbc.sql("select " + COLUMNS + " from bb_deal where envelope_id = ?").param(envelopeId)
        .query(DealRepository::deal).optional();
  }

  Listing<Deal> search(DealFilter filter, Paging paging) {
    return new ListQuery()
        .equalTo("status", filter.status())
        .equalTo("stage", filter.stage())
        .equalTo("lead_id", filter.leadId())
        .createdBetween(filter.createdFrom(), filter.createdTo())
        .page(jdbc, "bb_deal", COLUMNS, paging, DealRepository::deal);
  }

  void recordNeeds(String id, String summary, String scope) {
    update("needs_summary = ?, needs_scope = ?", id, summary, scope);
  }

  void recordTerms(String id, int price, int discountPercent, Integer marginPercent, Integer deliveryWeeks) {
    update("price = ?, discount_percent = ?, margin_percent = ?, delivery_weeks = coalesce(?, delivery_weeks)", id,
        price, discountPercent, marginPercent, deliveryWeeks);
  }

  void recordEnvelope(String id, String envelopeId) {
    update("envelope_id = ?", id, envelopeId);
  }

  void recordInvoice(String id, String invoiceNumber) {
    update("invoice_number = ?", id, invoiceNumber);
  }

  /** Closes the deal as won or lost unless it is closed already; true when this call closed it. */
  boolean close(String id, String status, String lostReason, String projectBrief) {
    return jdbc.sql("update bb_deal set status = ?, lost_reason = ?, project_brief = ?, closed_at = ?, updated_at = ? "
            + "where id = ? and status = ?")
        .params(status, lostReason, projectBrief, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), id,
            Deal.OPEN)
        .update() == 1;
  }

  void recordRun(String id, String status, DealStage stage, String currentStep, String incident) {
    update("status = ?, stage = ?, current_step = ?, incident = ?", id, status, stage == null ? null : stage.name(),
        cut(currentStep, 1000), cut(incident, 4000));
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

  private void update(String assignments, String id, Object... values) {
    List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
    params.add(Timestamp.from(Instant.now()));
    params.add(id);
    jdbc.sql("update bb_deal set " + assignments + ", updated_at = ? where id = ?").params(params).update();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static Deal deal(ResultSet rs, int row) throws SQLException {
    DealRequest data = new DealRequest(rs.getString("lead_id"), rs.getString("company"),
        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("industry"),
        rs.getObject("employees", Integer.class), rs.getObject("annual_budget", Long.class), rs.getString("notes"),
        rs.getString("risk"));
    Timestamp closed = rs.getTimestamp("closed_at");
    String stage = rs.getString("stage");
    return new Deal(rs.getString("id"), data, rs.getString("process_instance_id"), rs.getString("status"),
        stage == null ? null : DealStage.valueOf(stage), rs.getString("current_step"), rs.getString("incident"),
        rs.getString("lost_reason"), rs.getString("needs_summary"), rs.getString("needs_scope"),
        rs.getObject("price", Integer.class), rs.getObject("discount_percent", Integer.class),
        rs.getObject("margin_percent", Integer.class), rs.getObject("delivery_weeks", Integer.class),
        rs.getString("envelope_id"), rs.getString("invoice_number"), rs.getString("project_brief"),
        rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
  }
}
