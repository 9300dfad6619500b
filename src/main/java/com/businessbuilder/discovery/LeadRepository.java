package com.businessbuilder.discovery;

import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.system.web.ListQuery;
import com.businessbuilder.system.web.Listing;
import com.businessbuilder.system.web.Paging;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leads ({@code bb_lead}): what was submitted, what discovery found out, and where each lead's run stands. */
@Repository
class LeadRepository {

  private static final TypeReference<List<ScoreFactor>> FACTORS = new TypeReference<>() {};
  private static final String COLUMNS = "id, company, contact_email, industry, employees, annual_budget, website, "
      + "notes, source, process_instance_id, created_at, status, current_step, incident, outcome_reason, market_segment, "
      + "market_summary, digital_footprint, company_profile, disqualification_reason, score, tier, next_step, "
      + "score_factors, nurture_round, deal_id, updated_at";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  LeadRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Lead lead, String submittedBy, String idempotencyKey, String fingerprint) {
    LeadRequest data = lead.data();
    jdbc.sql("insert into bb_lead (id, company, contact_email, industry, employees, annual_budget, website, notes, "
            + "source, process_instance_id, created_at, status, nurture_round, updated_at, submitted_by, "
            + "idempotency_key, request_fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(lead.id(), data.company(), data.contactEmail(), data.industry(), data.employees(),
            data.annualBudget(), data.website(), data.notes(), data.source(), lead.runId(),
            Timestamp.from(lead.createdAt()), lead.status().name(), lead.nurtureRound(),
            Timestamp.from(lead.updatedAt()), submittedBy, idempotencyKey, fingerprint)
        .update();
  }

  Optional<Lead> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_lead where id = ?").param(id).query(this::lead).optional();
  }

  Lead require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No lead " + id));
  }

  Optional<IdempotencyKeys.Earlier<Lead>> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc.sql("select " + COLUMNS + ", request_fingerprint from bb_lead "
            + "where submitted_by = ? and idempotency_key = ?")
        .params(submittedBy, key)
        .query((rs, row) -> new IdempotencyKeys.Earlier<>(lead(rs, row), rs.getString("request_fingerprint")))
        .optional();
  }

  Listing<Lead> search(LeadFilter filter, Paging paging) {
    return new ListQuery()
        .equalTo("status", filter.status())
        .equalTo("tier", filter.tier())
        .createdBetween(filter.createdFrom(), filter.createdTo())
        .page(jdbc, "bb_lead", COLUMNS, paging, this::lead);
  }

  void updateNotes(String id, String notes) {
    update("notes = ?", id, notes);
  }

  void recordResearch(String id, String marketSegment, String marketSummary) {
    update("market_segment = ?, market_summary = ?", id, marketSegment, marketSummary);
  }

  void recordQualification(String id, String disqualificationReason) {
    update("disqualification_reason = ?", id, disqualificationReason);
  }

  void recordEnrichment(String id, String digitalFootprint, String companyProfile) {
    update("digital_footprint = ?, company_profile = ?", id, digitalFootprint, companyProfile);
  }

  void recordScore(String id, Integer score, String tier, String nextStep, List<ScoreFactor> factors) {
    update("score = ?, tier = ?, next_step = ?, score_factors = ?", id, score, tier, nextStep, write(factors));
  }

  void recordNurtureRound(String id, int round) {
    update("nurture_round = ?", id, round);
  }

  /** Names the lead's deal, unless it already has one; true when this call named it. */
  boolean handOver(String id, String dealId) {
    return jdbc.sql("update bb_lead set deal_id = ?, updated_at = ? where id = ? and deal_id is null")
        .params(dealId, Timestamp.from(Instant.now()), id).update() == 1;
  }

  void recordRun(String id, LeadStatus status, String currentStep, String incident, String reason) {
    update("status = ?, current_step = ?, incident = ?, outcome_reason = ?", id, status.name(),
        cut(currentStep, 1000), cut(incident, 4000), cut(reason, 2000));
  }

  private void update(String assignments, String id, Object... values) {
    List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
    params.add(Timestamp.from(Instant.now()));
    params.add(id);
    jdbc.sql("update bb_lead set " + assignments + ", updated_at = ? where id = ?").params(params).update();
  }

  private Lead lead(ResultSet rs, int row) throws SQLException {
    LeadRequest data = new LeadRequest(rs.getString("company"), rs.getString("contact_email"),
        rs.getString("industry"), rs.getObject("employees", Integer.class),
        rs.getObject("annual_budget", Long.class), rs.getString("website"), rs.getString("notes"),
        rs.getString("source"));
    String factors = rs.getString("score_factors");
    Timestamp updated = rs.getTimestamp("updated_at");
    String status = rs.getString("status");
    return new Lead(rs.getString("id"), data, rs.getString("process_instance_id"),
        rs.getTimestamp("created_at").toInstant(), status == null ? LeadStatus.IN_DISCOVERY : LeadStatus.valueOf(status),
        rs.getString("current_step"), rs.getString("incident"), rs.getString("outcome_reason"),
        rs.getString("market_segment"),
        rs.getString("market_summary"), rs.getString("digital_footprint"), rs.getString("company_profile"),
        rs.getString("disqualification_reason"), rs.getObject("score", Integer.class), rs.getString("tier"),
        rs.getString("next_step"), factors == null ? List.of() : read(factors),
        rs.getObject("nurture_round", Integer.class), rs.getString("deal_id"),
        updated == null ? null : updated.toInstant());
  }

  private String write(List<ScoreFactor> factors) {
    try {
      return json.writeValueAsString(factors);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write score factors", e);
    }
  }

  private List<ScoreFactor> read(String text) {
    try {
      return json.readValue(text, FACTORS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored score factors are not readable", e);
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
