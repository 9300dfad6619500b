package com.businessbuilder.work;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of every plan ({@code bb_work_task}), by the pipeline that owns them. A plan replaces the owner's open
 * tasks and keeps the settled ones (done or dropped), so re-planning mid-way never loses finished work. Tasks become
 * ready when every task they depend on is settled, highest priority first.
 */
@Service
public class WorkTasks {

  private static final String COLUMNS = "id, owner_key, task_key, title, description, acceptance_criteria, "
      + "producer_role, reviewer_role, priority, estimate_hours, depends_on, task_group, covers, status, "
      + "deliverable_id, qa_score, attempts, reworks, outcome_reason, milestone";
  private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};
  private static final TypeReference<List<Integer>> NUMBERS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  WorkTasks(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Puts the plan in place of the owner's open tasks (settled ones stay); a dependency on a settled task is
   * already met.
   *
   * @return the tasks now planned
   */
  @Transactional
  public List<WorkTask> plan(String ownerKey, WorkPlan plan) {
    jdbc.sql("delete from bb_work_task where owner_key = ? and status not in ('DONE', 'DROPPED')")
        .param(ownerKey).update();
    Instant now = Instant.now();
    plan.tasks().forEach(task -> insert(ownerKey, task, now));
    return tasks(ownerKey);
  }

  /**
   * Adds tasks to the owner's plan without touching the others (improvements found while an initiative operates).
   *
   * @return the tasks added, in the order given
   */
  @Transactional
  public List<WorkTask> add(String ownerKey, List<WorkPlan.Task> added) {
    Instant now = Instant.now();
    added.forEach(task -> insert(ownerKey, task, now));
    Set<String> keys = added.stream().map(WorkPlan.Task::key).collect(Collectors.toSet());
    return tasks(ownerKey).stream().filter(task -> keys.contains(task.key())).toList();
  }

  private void insert(String ownerKey, WorkPlan.Task task, Instant now) {
    jdbc.sql("insert into bb_work_task (" + COLUMNS + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), ownerKey, task.key(), task.title().strip(), task.description().strip(),
            write(task.acceptanceCriteria().stream().map(String::strip).toList()), task.producerRole(),
            task.reviewerRole(), task.priority(), task.estimateHours(), write(task.dependsOn()), task.group(),
            write(task.covers()), WorkTaskStatus.PLANNED.name(), null, null, 0, 0, null, task.milestone(),
            Timestamp.from(now), Timestamp.from(now))
        .update();
  }

  /** The team chosen for a task: who produces its output and who reviews it. */
  public void assign(String id, String producerRole, String reviewerRole) {
    jdbc.sql("update bb_work_task set producer_role = ?, reviewer_role = ?, updated_at = ? where id = ?")
        .params(producerRole, reviewerRole, Timestamp.from(Instant.now()), id).update();
  }

  /** The next tasks to run, or none when the open work must be planned again first. */
  public record Wave(List<String> taskIds, boolean replanNeeded) {}

  /**
   * The next wave: at most {@code limit} ready tasks, marked running; none when a re-plan was asked for or a task
   * was sent back to planning.
   */
  @Transactional
  public Wave nextWave(String ownerKey, boolean replanRequested, int limit) {
    boolean replan = replanRequested
        || tasks(ownerKey).stream().anyMatch(task -> task.status() == WorkTaskStatus.REPLAN);
    return new Wave(replan ? List.of() : startReady(ownerKey, limit).stream().map(WorkTask::id).toList(), replan);
  }

  /** Every task of the owner, in plan order of their keys (T2 before T10). */
  public List<WorkTask> tasks(String ownerKey) {
    return jdbc.sql("select " + COLUMNS + " from bb_work_task where owner_key = ? "
            + "order by created_at, length(task_key), task_key")
        .param(ownerKey).query(this::task).list();
  }

  public Optional<WorkTask> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_work_task where id = ?").param(id).query(this::task).optional();
  }

  public WorkTask require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No work task " + id));
  }

  /**
   * Up to {@code limit} tasks that may run now (planned or to be reworked, every dependency settled), highest
   * priority first; they are marked running.
   */
  @Transactional
  public List<WorkTask> startReady(String ownerKey, int limit) {
    List<WorkTask> all = tasks(ownerKey);
    Set<String> settled = all.stream().filter(WorkTask::settled).map(WorkTask::key).collect(Collectors.toSet());
    List<WorkTask> ready = all.stream()
        .filter(task -> task.status() == WorkTaskStatus.PLANNED || task.status() == WorkTaskStatus.REWORK)
        .filter(task -> settled.containsAll(task.dependsOn()))
        .sorted((a, b) -> a.priority() != b.priority() ? Integer.compare(a.priority(), b.priority())
            : a.key().compareTo(b.key()))
        .limit(limit)
        .toList();
    // the reason a task is reworked stays: its next brief carries it as guidance
    ready.forEach(task -> jdbc.sql("update bb_work_task set status = ?, updated_at = ? where id = ?")
        .params(WorkTaskStatus.RUNNING.name(), Timestamp.from(Instant.now()), task.id()).update());
    return ready.stream().map(task -> require(task.id())).toList();
  }

  /** How many of the owner's tasks are in each status. */
  public Map<WorkTaskStatus, Integer> counts(String ownerKey) {
    Map<WorkTaskStatus, Integer> counts = new EnumMap<>(WorkTaskStatus.class);
    tasks(ownerKey).forEach(task -> counts.merge(task.status(), 1, Integer::sum));
    return counts;
  }

  /** The task's quality gate starts on this deliverable. */
  public void briefed(String id, String deliverableId) {
    jdbc.sql("update bb_work_task set deliverable_id = ?, attempts = attempts + 1, status = ?, updated_at = ? "
            + "where id = ?")
        .params(deliverableId, WorkTaskStatus.RUNNING.name(), Timestamp.from(Instant.now()), id).update();
  }

  public void done(String id, Integer qaScore) {
    jdbc.sql("update bb_work_task set status = ?, qa_score = ?, outcome_reason = null, updated_at = ? where id = ?")
        .params(WorkTaskStatus.DONE.name(), qaScore, Timestamp.from(Instant.now()), id).update();
  }

  public void failed(String id, String reason) {
    status(id, WorkTaskStatus.FAILED, reason);
  }

  public void dropped(String id, String reason) {
    status(id, WorkTaskStatus.DROPPED, reason);
  }

  public void sentBackToPlanning(String id, String reason) {
    status(id, WorkTaskStatus.REPLAN, reason);
  }

  /** The final review found these tasks' outputs lacking: they run again, with the reason as guidance. */
  @Transactional
  public void rework(Collection<String> ids, String reason) {
    for (String id : ids) {
      jdbc.sql("update bb_work_task set status = ?, reworks = reworks + 1, outcome_reason = ?, updated_at = ? "
              + "where id = ?")
          .params(WorkTaskStatus.REWORK.name(), reason, Timestamp.from(Instant.now()), id).update();
    }
  }

  /** The hours the owner's tasks are estimated at, dropped ones left out. */
  public BigDecimal estimatedHours(String ownerKey) {
    return tasks(ownerKey).stream().filter(task -> task.status() != WorkTaskStatus.DROPPED)
        .map(WorkTask::estimateHours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void status(String id, WorkTaskStatus status, String reason) {
    jdbc.sql("update bb_work_task set status = ?, outcome_reason = ?, updated_at = ? where id = ?")
        .params(status.name(), reason, Timestamp.from(Instant.now()), id).update();
  }

  private WorkTask task(ResultSet rs, int row) throws SQLException {
    int score = rs.getInt("qa_score");
    Integer qaScore = rs.wasNull() ? null : score;
    return new WorkTask(rs.getString("id"), rs.getString("owner_key"), rs.getString("task_key"),
        rs.getString("title"), rs.getString("description"), read(rs.getString("acceptance_criteria"), TEXTS),
        rs.getString("producer_role"), rs.getString("reviewer_role"), rs.getInt("priority"),
        rs.getBigDecimal("estimate_hours"), read(rs.getString("depends_on"), TEXTS), rs.getString("task_group"),
        read(rs.getString("covers"), NUMBERS), WorkTaskStatus.valueOf(rs.getString("status")),
        rs.getString("deliverable_id"), qaScore, rs.getInt("attempts"), rs.getInt("reworks"),
        rs.getString("outcome_reason"), rs.getString("milestone"));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable work task column: " + text, e);
    }
  }

  /** For views: the tasks as rows of a table, in words. */
  public static List<String> describe(List<WorkTask> tasks) {
    List<String> rows = new ArrayList<>();
    for (WorkTask task : tasks) {
      rows.add(task.key() + " " + task.title() + " (" + task.producerRole() + ", " + task.estimateHours()
          .stripTrailingZeros().toPlainString() + " h" + (task.dependsOn().isEmpty() ? ""
          : ", after " + String.join(", ", task.dependsOn())) + ")");
    }
    return rows;
  }
}
