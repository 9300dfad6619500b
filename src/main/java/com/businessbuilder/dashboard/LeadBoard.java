package com.businessbuilder.dashboard;

import com.businessbuilder.dashboard.RecordPage.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Client discovery on the command center: leads by status and tier, a page per lead, from {@code bb_lead}. */
@Component
@Order(1)
class LeadBoard implements PipelineBoard {

  static final String PROCESS_ID = "client-discovery";
  private static final List<String> STATUSES = List.of("IN_DISCOVERY", "AWAITING_CEO_APPROVAL",
      "AWAITING_CEO_BUDGET_DECISION", "NURTURING", "HANDED_TO_SALES", "REJECTED", "DISQUALIFIED", "ARCHIVED",
      "STOPPED", "CANCELLED");
  private static final List<String> TIERS = List.of("HOT", "WARM", "COLD", "none");

  private final JdbcClient jdbc;

  LeadBoard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String processId() {
    return PROCESS_ID;
  }

  @Override
  public String name() {
    return "Client discovery";
  }

  @Override
  public String segment() {
    return "leads";
  }

  @Override
  public String recordName() {
    return "lead";
  }

  @Override
  public Map<String, String> titles(Collection<String> keys) {
    return Rows.titles(jdbc, "bb_lead", keys);
  }

  @Override
  public List<FunnelSection> funnel() {
    return Rows.funnel(jdbc, "bb_lead", "leads", "status", STATUSES, "tier", TIERS);
  }

  @Override
  public Optional<RecordPage> page(String key) {
    return jdbc.sql("""
            select id, company, contact_email, industry, employees, annual_budget, website, source, notes, status,
              current_step, incident, score, tier, next_step, market_segment, disqualification_reason,
              outcome_reason, nurture_round, deal_id, process_instance_id, created_at
            from bb_lead where id = ?""")
        .param(key)
        .query((rs, row) -> {
          List<Fact> facts = new ArrayList<>();
          facts.add(Fact.of("Status", rs.getString("status")));
          facts.add(Fact.of("Current step", rs.getString("current_step")));
          facts.add(Fact.of("Score", rs.getObject("score") == null ? null
              : rs.getInt("score") + " (" + rs.getString("tier") + ")"));
          facts.add(Fact.of("Next step", rs.getString("next_step")));
          facts.add(Fact.of("Contact", rs.getString("contact_email")));
          facts.add(Fact.of("Industry", rs.getString("industry")));
          facts.add(Fact.of("Employees", rs.getObject("employees")));
          facts.add(Fact.of("Annual budget", rs.getObject("annual_budget")));
          facts.add(Fact.of("Website", rs.getString("website")));
          facts.add(Fact.of("Source", rs.getString("source")));
          facts.add(Fact.of("Market segment", rs.getString("market_segment")));
          facts.add(Fact.of("Nurture rounds", rs.getObject("nurture_round")));
          facts.add(Fact.of("Disqualified because", rs.getString("disqualification_reason")));
          facts.add(Fact.of("Outcome", rs.getString("outcome_reason")));
          facts.add(Fact.of("Incident", rs.getString("incident")));
          facts.add(Fact.of("Notes", rs.getString("notes")));
          String dealId = rs.getString("deal_id");
          if (dealId != null) {
            facts.add(new Fact("Deal", dealId, "/pipelines/deals/" + dealId));
          }
          List<RecordPage.TimelineEntry> events = List.of(new RecordPage.TimelineEntry(
              Rows.instant(rs, "created_at"), "message", "Lead submitted",
              rs.getString("source") == null ? null : "Source: " + rs.getString("source"), null));
          return new RecordPage(key, rs.getString("company"), rs.getString("status"),
              rs.getString("process_instance_id"), facts.stream().filter(f -> f.value() != null).toList(), events);
        })
        .optional();
  }
}
