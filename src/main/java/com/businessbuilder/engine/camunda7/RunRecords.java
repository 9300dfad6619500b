package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.RunState.RunStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read model of runs ({@code bb_run}), one row per top-level run. */
@Repository
class RunRecords {

  private static final TypeReference<List<RunRecord.Active>> ACTIVE = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> INCIDENTS = new TypeReference<>() {};
  private static final String COLUMNS = "run_id, process_id, correlation_key, status, active, incidents, "
      + "end_activity_id, started_at, ended_at";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  RunRecords(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<RunRecord> find(String runId) {
    return jdbc.sql("select " + COLUMNS + " from bb_run where run_id = ?").param(runId).query(this::record)
        .optional();
  }

  /** The row, locked until the transaction ends, so two transactions moving one run apply their changes in turn. */
  Optional<RunRecord> lock(String runId) {
    return jdbc.sql("select " + COLUMNS + " from bb_run where run_id = ? for update").param(runId)
        .query(this::record).optional();
  }

  void insert(RunRecord run) {
    jdbc.sql("insert into bb_run (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(run.runId, run.processId, run.correlationKey, run.status.name(), write(run.active),
            write(run.incidents), run.endActivityId, timestamp(run.startedAt), timestamp(run.endedAt),
            Timestamp.from(Instant.now()))
        .update();
  }

  void update(RunRecord run) {
    jdbc.sql("update bb_run set process_id = ?, correlation_key = ?, status = ?, active = ?, incidents = ?, "
            + "end_activity_id = ?, started_at = ?, ended_at = ?, updated_at = ? where run_id = ?")
        .params(run.processId, run.correlationKey, run.status.name(), write(run.active), write(run.incidents),
            run.endActivityId, timestamp(run.startedAt), timestamp(run.endedAt), Timestamp.from(Instant.now()),
            run.runId)
        .update();
  }

  private RunRecord record(ResultSet rs, int row) throws SQLException {
    RunRecord run = new RunRecord(rs.getString("run_id"));
    run.processId = rs.getString("process_id");
    run.correlationKey = rs.getString("correlation_key");
    run.status = RunStatus.valueOf(rs.getString("status"));
    run.active.addAll(read(rs.getString("active"), ACTIVE));
    run.incidents.putAll(read(rs.getString("incidents"), INCIDENTS));
    run.endActivityId = rs.getString("end_activity_id");
    run.startedAt = instant(rs.getTimestamp("started_at"));
    run.endedAt = instant(rs.getTimestamp("ended_at"));
    return run;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the run's state as JSON", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The stored run state is not readable JSON", e);
    }
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
