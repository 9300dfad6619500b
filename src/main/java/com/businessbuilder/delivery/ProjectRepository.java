package com.businessbuilder.delivery;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects, their milestones and the changes their clients asked for ({@code bb_project*}). */
@Repository
class ProjectRepository {

  private static final String COLUMNS = "id, deal_id, company, contact_name, contact_email, brief, requirements, "
      + "price, currency, deposit_invoiced, delivery_weeks, risk, status, stage, current_step, incident, "
      + "response_hours, due_date, plan_problems, review_round, review_findings, document_id, rating, feedback, "
      + "case_study, stop_reason, process_instance_id, created_at, delivered_at";
  private static final String MILESTONE_COLUMNS = "id, project_id, seq, name, due_date, amount, change_amount, "
      + "status, reported_at, accepted_at, invoice_number, escalated_at";
  private static final String CHANGE_COLUMNS = "id, project_id, request, impact, added_hours, price, status, "
      + "decided_at, created_at";
  private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};
  static final String NO_FEEDBACK = "No feedback came by the deadline.";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  ProjectRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Project project, String submittedBy, String idempotencyKey, String fingerprint) {
    jdbc.sql("insert into bb_project (" + COLUMNS + ", updated_at, submitted_by, idempotency_key, "
            + "request_fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(project.id(), project.dealId(), project.company(), project.contactName(), project.contactEmail(),
            project.brief(), write(project.requirements()), project.price(), project.currency(),
            project.depositInvoiced(), project.deliveryWeeks(), project.risk(), project.status(),
            project.stage().name(), null, null, project.responseHours(), Date.valueOf(project.dueDate()), null, 0,
            null, null, null, null, null, null, project.runId(), Timestamp.from(project.createdAt()), null,
            Timestamp.from(project.createdAt()), submittedBy, idempotencyKey, fingerprint)
        .update();
  }

  Optional<Project> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_project where id = ?").param(id).query(this::project).optional();
  }

  Project require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No project " + id));
  }

  Optional<Project> findByDeal(String dealId) {
    return jdbc.sql("select " + COLUMNS + " from bb_project where deal_id = ?").param(dealId).query(this::project)
        .optional();
  }

  Optional<IdempotencyKeys.Earlier<Project>> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc.sql("select " + COLUMNS + ", request_fingerprint from bb_project "
            + "where submitted_by = ? and idempotency_key = ?")
        .params(submittedBy, key)
        .query((rs, row) -> new IdempotencyKeys.Earlier<>(project(rs, row), rs.getString("request_fingerprint")))
        .optional();
  }

  Listing<Project> search(ProjectFilter filter, Paging paging) {
    return new ListQuery()
        .equalTo("status", filter.status())
        .equalTo("stage", filter.stage())
        .equalTo("deal_id", filter.dealId())
        .createdBetween(filter.createdFrom(), filter.createdTo())
        .page(jdbc, "bb_project", COLUMNS, paging, this::project);
  }

  /** Where the run stands, as the engine moved it (the read model). */
  void recordRun(String id, String status, ProjectStage stage, String currentStep, String incident) {
    update("status = ?, stage = ?, current_step = ?, incident = ?", id, status, stage.name(), currentStep, incident);
  }

  void recordPlanProblems(String id, String problems) {
    update("plan_problems = ?", id, problems);
  }

  /** Why the open tasks must be planned again (an approved change, the CEO at an overdue milestone). */
  void requestReplan(String id, String reason) {
    jdbc.sql("update bb_project set replan_reason = case when replan_reason is null then ? else replan_reason || ' ' "
            + "|| ? end, updated_at = ? where id = ?")
        .params(reason, reason, Timestamp.from(Instant.now()), id).update();
  }

  Optional<String> replanReason(String id) {
    return jdbc.sql("select replan_reason from bb_project where id = ?").param(id).query(String.class).list()
        .stream().filter(reason -> reason != null && !reason.isBlank()).findFirst();
  }

  void clearReplan(String id) {
    update("replan_reason = null", id);
  }

  void recordReview(String id, int round, String findings) {
    update("review_round = ?, review_findings = ?", id, round, findings);
  }

  void recordDocument(String id, String documentId) {
    update("document_id = ?", id, documentId);
  }

  void recordFeedback(String id, int rating, String feedback) {
    update("rating = ?, feedback = ?", id, rating, feedback);
  }

  void noteNoFeedback(String id) {
    update("feedback = ?", id, NO_FEEDBACK);
  }

  void recordCaseStudy(String id, String caseStudy) {
    update("case_study = ?", id, caseStudy);
  }

  /** Closes a running project; false when it was closed before (a retried task). */
  boolean close(String id, String status, String stopReason) {
    return jdbc.sql("update bb_project set status = ?, stop_reason = ?, delivered_at = ?, updated_at = ? "
            + "where id = ? and status = ?")
        .params(status, stopReason, Project.DELIVERED.equals(status) ? Timestamp.from(Instant.now()) : null,
            Timestamp.from(Instant.now()), id, Project.RUNNING)
        .update() == 1;
  }

  // ---- milestones

  void insertMilestone(String projectId, int seq, String name, LocalDate dueDate, BigDecimal amount) {
    jdbc.sql("insert into bb_project_milestone (" + MILESTONE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), projectId, seq, name, Date.valueOf(dueDate), amount, BigDecimal.ZERO,
            Milestone.OPEN, null, null, null, null)
        .update();
  }

  List<Milestone> milestones(String projectId) {
    return jdbc.sql("select " + MILESTONE_COLUMNS + " from bb_project_milestone where project_id = ? order by seq")
        .param(projectId).query(ProjectRepository::milestone).list();
  }

  /** Moves a milestone on from one status to the next; false when it was not in {@code from}. */
  boolean milestoneStatus(String milestoneId, String from, String to) {
    String stamp = switch (to) {
      case Milestone.DONE -> ", reported_at = ?";
      case Milestone.ACCEPTED -> ", accepted_at = ?";
      default -> "";
    };
    var statement = jdbc.sql("update bb_project_milestone set status = ?" + stamp + " where id = ? and status = ?");
    return (stamp.isEmpty() ? statement.params(to, milestoneId, from)
        : statement.params(to, Timestamp.from(Instant.now()), milestoneId, from)).update() == 1;
  }

  void milestoneInvoiced(String milestoneId, String invoiceNumber) {
    jdbc.sql("update bb_project_milestone set status = ?, invoice_number = ? where id = ?")
        .params(Milestone.INVOICED, invoiceNumber, milestoneId).update();
  }

  /** Marks the milestone escalated; false when it was escalated before (one escalation per milestone). */
  boolean escalate(String milestoneId) {
    return jdbc.sql("update bb_project_milestone set escalated_at = ? where id = ? and escalated_at is null")
        .params(Timestamp.from(Instant.now()), milestoneId).update() == 1;
  }

  /** A new due date, escalation cleared so a new overdue date escalates again. */
  void moveDueDate(String milestoneId, LocalDate dueDate) {
    jdbc.sql("update bb_project_milestone set due_date = ?, escalated_at = null where id = ?")
        .params(Date.valueOf(dueDate), milestoneId).update();
  }

  void addToMilestone(String milestoneId, BigDecimal amount) {
    jdbc.sql("update bb_project_milestone set change_amount = change_amount + ? where id = ?")
        .params(amount, milestoneId).update();
  }

  // ---- changes

  void insertChange(String id, String projectId, String request) {
    jdbc.sql("insert into bb_project_change (" + CHANGE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, projectId, request, null, null, null, ProjectChange.REQUESTED, null, Timestamp.from(Instant.now()))
        .update();
  }

  List<ProjectChange> changes(String projectId) {
    return jdbc.sql("select " + CHANGE_COLUMNS + " from bb_project_change where project_id = ? order by created_at")
        .param(projectId).query(ProjectRepository::change).list();
  }

  Optional<ProjectChange> openChange(String projectId) {
    return changes(projectId).stream().filter(ProjectChange::open).findFirst();
  }

  Optional<ProjectChange> change(String id) {
    return jdbc.sql("select " + CHANGE_COLUMNS + " from bb_project_change where id = ?").param(id)
        .query(ProjectRepository::change).optional();
  }

  void assessed(String changeId, String impact, BigDecimal hours, BigDecimal price) {
    jdbc.sql("update bb_project_change set impact = ?, added_hours = ?, price = ?, status = ? where id = ?")
        .params(impact, hours, price, ProjectChange.ASSESSED, changeId).update();
  }

  /** Decides an open change; false when it was decided before. */
  boolean decide(String changeId, String status) {
    return jdbc.sql("update bb_project_change set status = ?, decided_at = ? where id = ? and status in (?, ?)")
        .params(status, Timestamp.from(Instant.now()), changeId, ProjectChange.REQUESTED, ProjectChange.ASSESSED)
        .update() == 1;
  }

  private void update(String assignments, String id, Object... values) {
    Object[] params = new Object[values.length + 2];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = Timestamp.from(Instant.now());
    params[values.length + 1] = id;
    jdbc.sql("update bb_project set " + assignments + ", updated_at = ? where id = ?").params(params).update();
  }

  private Project project(ResultSet rs, int row) throws SQLException {
    int rating = rs.getInt("rating");
    Integer ratingOrNull = rs.wasNull() ? null : rating;
    Timestamp delivered = rs.getTimestamp("delivered_at");
    return new Project(rs.getString("id"), rs.getString("deal_id"), rs.getString("company"),
        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("brief"),
        read(rs.getString("requirements")), rs.getBigDecimal("price"), rs.getString("currency"),
        rs.getBigDecimal("deposit_invoiced"), rs.getInt("delivery_weeks"), rs.getString("risk"),
        rs.getString("status"), ProjectStage.valueOf(rs.getString("stage")), rs.getString("current_step"),
        rs.getString("incident"), rs.getInt("response_hours"), rs.getDate("due_date").toLocalDate(),
        rs.getString("plan_problems"), rs.getInt("review_round"), rs.getString("review_findings"),
        rs.getString("document_id"), ratingOrNull, rs.getString("feedback"), rs.getString("case_study"),
        rs.getString("stop_reason"), rs.getString("process_instance_id"), rs.getTimestamp("created_at").toInstant(),
        delivered == null ? null : delivered.toInstant());
  }

  private static Milestone milestone(ResultSet rs, int row) throws SQLException {
    return new Milestone(rs.getString("id"), rs.getString("project_id"), rs.getInt("seq"), rs.getString("name"),
        rs.getDate("due_date").toLocalDate(), rs.getBigDecimal("amount"), rs.getBigDecimal("change_amount"),
        rs.getString("status"), instant(rs.getTimestamp("reported_at")), instant(rs.getTimestamp("accepted_at")),
        rs.getString("invoice_number"), instant(rs.getTimestamp("escalated_at")));
  }

  private static ProjectChange change(ResultSet rs, int row) throws SQLException {
    return new ProjectChange(rs.getString("id"), rs.getString("project_id"), rs.getString("request"),
        rs.getString("impact"), rs.getBigDecimal("added_hours"), rs.getBigDecimal("price"), rs.getString("status"),
        instant(rs.getTimestamp("decided_at")), rs.getTimestamp("created_at").toInstant());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private String write(List<String> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> read(String text) {
    try {
      return json.readValue(text, TEXTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable requirements: " + text, e);
    }
  }
}
