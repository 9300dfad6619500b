package com.businessbuilder.reliability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the application's database says, read directly: the engine's tables and the application's. */
final class CompanyRecords {

  /** A task as locked by a worker. */
  record Lock(String taskId, Timestamp expiry) {}

  private final JdbcClient db;

  CompanyRecords(DataSource database) {
    this.db = JdbcClient.create(database);
  }

  /** External tasks locked now (by a live worker or a dead one). */
  List<Lock> lockedTasks() {
    // lock times are written with the application's clock and time zone, which this JVM shares
    Timestamp now = Timestamp.from(Instant.now());
    return db.sql("select id_, lock_exp_time_ from act_ru_ext_task where lock_exp_time_ is not null")
        .query((rs, row) -> new Lock(rs.getString("id_"), rs.getTimestamp("lock_exp_time_"))).list().stream()
        .filter(lock -> lock.expiry().after(now)).toList();
  }

  /** The lock expiry of each of the tasks that still exist. */
  Map<String, Timestamp> locksOf(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    return db.sql("select id_, lock_exp_time_ from act_ru_ext_task where id_ in (:ids)").param("ids", taskIds)
        .query((rs, row) -> new Lock(rs.getString("id_"), rs.getTimestamp("lock_exp_time_"))).list().stream()
        .filter(lock -> lock.expiry() != null)
        .collect(Collectors.toMap(Lock::taskId, Lock::expiry));
  }

  long count(String sql, Object... parameters) {
    return db.sql(sql).params(parameters).query(Long.class).single();
  }

  /** The rows of a query that lists duplicates, one line each ("a | b | 2"). */
  List<String> rows(String sql) {
    return db.sql(sql).query((rs, row) -> {
      StringBuilder line = new StringBuilder();
      for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
        line.append(column > 1 ? " | " : "").append(rs.getString(column));
      }
      return line.toString();
    }).list();
  }

  /** External tasks waiting to be worked or being worked (not failed for good: those carry an incident). */
  long pendingTasks() {
    return count("select count(*) from act_ru_ext_task where retries_ is null or retries_ > 0");
  }

  long incidents() {
    return count("select count(*) from act_ru_incident");
  }

  long incompletePublications() {
    return count("select count(*) from event_publication where completion_date is null");
  }

  /** Async continuations and other jobs due now (timers that wait for days are not due). */
  long dueJobs() {
    return count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= ?)",
        Timestamp.from(Instant.now()));
  }

  boolean settled() {
    return pendingTasks() == 0 && incompletePublications() == 0 && dueJobs() == 0;
  }
}
