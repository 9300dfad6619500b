package com.businessbuilder.dashboard;

import com.businessbuilder.dashboard.RecordPage.Fact;
import com.businessbuilder.dashboard.RecordPage.TimelineEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Service delivery on the command center: projects by stage and status, a page per project with its milestones and
 * invoices, its tasks with their QA, the client's changes, feedback, mails and documents, from {@code bb_project},
 * {@code bb_project_milestone}, {@code bb_work_task}, {@code bb_project_change}, {@code bb_mail} and
 * {@code bb_document}: six queries.
 */
@Component
@Order(3)
class ProjectBoard implements PipelineBoard {

  static final String PROCESS_ID = "service-delivery";
  private static final List<String> STAGES = List.of("PLANNING", "EXECUTION", "REVIEW", "COMPLETION", "ACCEPTANCE",
      "DELIVERED", "STOPPED");
  private static final List<String> STATUSES = List.of("RUNNING", "DELIVERED", "STOPPED", "CANCELLED");

  private final JdbcClient jdbc;

  ProjectBoard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String processId() {
    return PROCESS_ID;
  }

  @Override
  public String name() {
    return "Service delivery";
  }

  @Override
  public String segment() {
    return "projects";
  }

  @Override
  public String recordName() {
    return "project";
  }

  @Override
  public Map<String, String> titles(Collection<String> keys) {
    return Rows.titles(jdbc, "bb_project", keys);
  }

  @Override
  public List<FunnelSection> funnel() {
    return Rows.funnel(jdbc, "bb_project", "projects", "stage", STAGES, "status", STATUSES);
  }

  @Override
  public Optional<RecordPage> page(String key) {
    return jdbc.sql("""
            select id, deal_id, company, contact_name, contact_email, price, currency, deposit_invoiced, status, stage,
              current_step, incident, due_date, rating, feedback, case_study, stop_reason, process_instance_id,
              created_at, delivered_at
            from bb_project where id = ?""")
        .param(key)
        .query((rs, row) -> {
          String currency = rs.getString("currency");
          List<Fact> facts = new ArrayList<>();
          facts.add(Fact.of("Status", rs.getString("status")));
          facts.add(Fact.of("Stage", rs.getString("stage")));
          facts.add(Fact.of("Current step", rs.getString("current_step")));
          facts.add(Fact.of("Price", money(currency, rs.getBigDecimal("price"))));
          facts.add(Fact.of("Deposit invoiced", rs.getBigDecimal("deposit_invoiced").signum() == 0 ? null
              : money(currency, rs.getBigDecimal("deposit_invoiced"))));
          facts.add(Fact.of("Due", rs.getDate("due_date")));
          facts.add(Fact.of("Contact", rs.getString("contact_name") == null ? rs.getString("contact_email")
              : rs.getString("contact_name") + " <" + rs.getString("contact_email") + ">"));
          facts.add(Fact.of("Rating", rs.getObject("rating") == null ? null : rs.getInt("rating") + " of 5"));
          facts.add(Fact.of("Feedback", rs.getString("feedback")));
          facts.add(Fact.of("Case study", cut(rs.getString("case_study"))));
          facts.add(Fact.of("Stopped because", rs.getString("stop_reason")));
          facts.add(Fact.of("Incident", rs.getString("incident")));
          String dealId = rs.getString("deal_id");
          if (dealId != null) {
            facts.add(new Fact("Deal", dealId, "/pipelines/deals/" + dealId));
          }
          List<TimelineEntry> events = new ArrayList<>();
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "message", "Project opened", null, null));
          if (rs.getTimestamp("delivered_at") != null) {
            events.add(new TimelineEntry(Rows.instant(rs, "delivered_at"), "decision", "Project delivered",
                null, null));
          }
          return new RecordPage(key, rs.getString("company"), rs.getString("status") + " · "
              + rs.getString("stage"), rs.getString("process_instance_id"),
              facts.stream().filter(f -> f.value() != null).toList(), events);
        })
        .optional()
        .map(page -> {
          List<TimelineEntry> events = new ArrayList<>(page.events());
          events.addAll(milestones(key));
          events.addAll(tasks(key));
          events.addAll(changes(key));
          events.addAll(Correspondence.of(jdbc, key));
          return new RecordPage(page.key(), page.title(), page.status(), page.runId(), page.facts(), events);
        });
  }

  private List<TimelineEntry> milestones(String projectId) {
    List<TimelineEntry> events = new ArrayList<>();
    jdbc.sql("""
            select seq, name, due_date, amount, change_amount, status, reported_at, accepted_at, invoice_number
            from bb_project_milestone where project_id = ? order by seq""").param(projectId)
        .query(rs -> {
          String milestone = "Milestone " + rs.getInt("seq") + " " + rs.getString("name");
          BigDecimal amount = rs.getBigDecimal("amount").add(rs.getBigDecimal("change_amount"));
          String detail = "due " + rs.getDate("due_date") + " · " + amount.toPlainString()
              + (rs.getString("invoice_number") == null ? "" : " · invoice " + rs.getString("invoice_number"));
          if (rs.getTimestamp("reported_at") != null) {
            events.add(new TimelineEntry(Rows.instant(rs, "reported_at"), "step", milestone + " delivered", detail,
                null));
          }
          if (rs.getTimestamp("accepted_at") != null) {
            events.add(new TimelineEntry(Rows.instant(rs, "accepted_at"), "message",
                milestone + " accepted by the client (" + rs.getString("status").toLowerCase() + ")", detail, null));
          }
        });
    return events;
  }

  private List<TimelineEntry> tasks(String projectId) {
    List<TimelineEntry> events = new ArrayList<>();
    jdbc.sql("""
            select task_key, title, producer_role, status, qa_score, outcome_reason, updated_at
            from bb_work_task where owner_key = ? and status in ('DONE', 'DROPPED', 'FAILED')""").param(projectId)
        .query(rs -> {
          events.add(new TimelineEntry(Rows.instant(rs, "updated_at"), "quality",
              "Task " + rs.getString("task_key") + " " + rs.getString("status").toLowerCase() + ": "
                  + rs.getString("title"),
              rs.getString("producer_role") + (rs.getObject("qa_score") == null ? "" : " · QA "
                  + rs.getInt("qa_score")) + (rs.getString("outcome_reason") == null ? ""
                  : " · " + rs.getString("outcome_reason")),
              null));
        });
    return events;
  }

  private List<TimelineEntry> changes(String projectId) {
    List<TimelineEntry> events = new ArrayList<>();
    jdbc.sql("select request, impact, price, status, created_at from bb_project_change where project_id = ?")
        .param(projectId)
        .query(rs -> {
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "message",
              "The client asked for a change (" + rs.getString("status").toLowerCase() + ")",
              cut(rs.getString("request")) + (rs.getBigDecimal("price") == null ? ""
                  : " · " + rs.getBigDecimal("price").toPlainString()), null));
        });
    return events;
  }

  private static String money(String currency, BigDecimal amount) {
    return currency + " " + String.format("%,.2f", amount);
  }

  private static String cut(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
