package com.businessbuilder.dashboard;

import com.businessbuilder.dashboard.RecordPage.Fact;
import com.businessbuilder.dashboard.RecordPage.TimelineEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deal closing on the command center: deals by stage and status, a page per deal with its mails, documents and
 * the client's messages, from {@code bb_deal}, {@code bb_deal_message}, {@code bb_mail} and {@code bb_document}.
 */
@Component
@Order(2)
class DealBoard implements PipelineBoard {

  static final String PROCESS_ID = "deal-closing";
  private static final List<String> STAGES = List.of("OUTREACH", "AWAITING_REPLY", "NEEDS_ASSESSMENT", "PROPOSAL",
      "AWAITING_ANSWER", "NEGOTIATION", "CONTRACT", "PAYMENT_SETUP", "WON", "LOST");
  private static final List<String> STATUSES = List.of("OPEN", "WON", "LOST");

  private final JdbcClient jdbc;

  DealBoard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String processId() {
    return PROCESS_ID;
  }

  @Override
  public String name() {
    return "Deal closing";
  }

  @Override
  public String segment() {
    return "deals";
  }

  @Override
  public String recordName() {
    return "deal";
  }

  @Override
  public Map<String, String> titles(Collection<String> keys) {
    return Rows.titles(jdbc, "bb_deal", keys);
  }

  @Override
  public List<FunnelSection> funnel() {
    return Rows.funnel(jdbc, "bb_deal", "deals", "stage", STAGES, "status", STATUSES);
  }

  @Override
  public Optional<RecordPage> page(String key) {
    Optional<RecordPage> deal = jdbc.sql("""
            select id, lead_id, company, contact_name, contact_email, industry, employees, risk, status, stage,
              current_step, incident, price, discount_percent, margin_percent, delivery_weeks, lost_reason,
              needs_summary, invoice_number, envelope_id, process_instance_id, created_at, closed_at
            from bb_deal where id = ?""")
        .param(key)
        .query((rs, row) -> {
          List<Fact> facts = new ArrayList<>();
          facts.add(Fact.of("Status", rs.getString("status")));
          facts.add(Fact.of("Stage", rs.getString("stage")));
          facts.add(Fact.of("Current step", rs.getString("current_step")));
          facts.add(Fact.of("Price", rs.getObject("price") == null ? null : "EUR " + String.format("%,d",
              rs.getInt("price"))));
          facts.add(Fact.of("Discount", rs.getObject("discount_percent") == null ? null
              : rs.getInt("discount_percent") + " %"));
          facts.add(Fact.of("Margin", rs.getObject("margin_percent") == null ? null
              : rs.getInt("margin_percent") + " %"));
          facts.add(Fact.of("Delivery", rs.getObject("delivery_weeks") == null ? null
              : rs.getInt("delivery_weeks") + " weeks"));
          facts.add(Fact.of("Contact", join(rs.getString("contact_name"), rs.getString("contact_email"))));
          facts.add(Fact.of("Industry", rs.getString("industry")));
          facts.add(Fact.of("Employees", rs.getObject("employees")));
          facts.add(Fact.of("Risk", rs.getString("risk")));
          facts.add(Fact.of("Needs", rs.getString("needs_summary")));
          facts.add(Fact.of("Invoice", rs.getString("invoice_number")));
          facts.add(Fact.of("Lost because", rs.getString("lost_reason")));
          facts.add(Fact.of("Incident", rs.getString("incident")));
          String leadId = rs.getString("lead_id");
          if (leadId != null) {
            facts.add(new Fact("Lead", leadId, "/pipelines/leads/" + leadId));
          }
          List<TimelineEntry> events = new ArrayList<>();
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "message", "Deal opened", null, null));
          if (rs.getTimestamp("closed_at") != null) {
            events.add(new TimelineEntry(Rows.instant(rs, "closed_at"), "decision",
                "Deal closed as " + rs.getString("status"), rs.getString("lost_reason"), null));
          }
          return new RecordPage(key, rs.getString("company"), rs.getString("status") + " · "
              + rs.getString("stage"), rs.getString("process_instance_id"),
              facts.stream().filter(f -> f.value() != null).toList(), events);
        })
        .optional();
    return deal.map(page -> {
      List<TimelineEntry> events = new ArrayList<>(page.events());
      events.addAll(conversation(key));
      return new RecordPage(page.key(), page.title(), page.status(), page.runId(), page.facts(), events);
    });
  }

  /** The client's messages, the mails sent and the documents filed: three queries. */
  private List<TimelineEntry> conversation(String dealId) {
    List<TimelineEntry> events = new ArrayList<>();
    jdbc.sql("select direction, kind, text, created_at from bb_deal_message where deal_id = ?").param(dealId)
        .query(rs -> {
          boolean in = "IN".equalsIgnoreCase(rs.getString("direction"));
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "message",
              (in ? "The client wrote: " : "We wrote: ") + rs.getString("kind"), cut(rs.getString("text")), null));
        });
    events.addAll(Correspondence.of(jdbc, dealId));
    return events;
  }

  private static String join(String name, String email) {
    return name == null ? email : name + " <" + email + ">";
  }

  private static String cut(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
