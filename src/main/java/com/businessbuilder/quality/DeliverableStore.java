package com.businessbuilder.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

/** Deliverables and their versions ({@code bb_deliverable}, {@code bb_deliverable_version}). */
@Repository
class DeliverableStore {

  private static final String COLUMNS = "id, type, pipeline_key, process_instance_id, producer_role, qa_role, brief, "
      + "status, final_version, created_at";
  private static final String VERSION_COLUMNS = "deliverable_id, version, content, instructions, qa_report, created_at";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  DeliverableStore(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    // stored reports written by an older release may lack or carry fields
    this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  void insert(Deliverable deliverable) {
    jdbc.sql("insert into bb_deliverable (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(deliverable.id(), deliverable.type(), deliverable.pipelineKey(), deliverable.processInstanceId(),
            deliverable.producerRole(), deliverable.qaRole(), write(deliverable.brief().values()),
            deliverable.status().name(), deliverable.finalVersion(), Timestamp.from(deliverable.createdAt()),
            Timestamp.from(deliverable.createdAt()))
        .update();
  }

  Optional<Deliverable> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from bb_deliverable where id = ?").param(id).query(this::deliverable)
        .optional();
  }

  Deliverable require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("No deliverable with id " + id));
  }

  /** Records the gate run working on the deliverable; the first run to start keeps it. */
  void attach(String id, String processInstanceId) {
    jdbc.sql("update bb_deliverable set process_instance_id = ?, updated_at = ? where id = ? "
            + "and process_instance_id is null")
        .params(processInstanceId, Timestamp.from(Instant.now()), id).update();
  }

  void settle(String id, DeliverableStatus status, Integer finalVersion) {
    jdbc.sql("update bb_deliverable set status = ?, final_version = ?, updated_at = ? where id = ?")
        .params(status.name(), finalVersion, Timestamp.from(Instant.now()), id).update();
  }

  void insertVersion(DeliverableVersion version) {
    jdbc.sql("insert into bb_deliverable_version (" + VERSION_COLUMNS + ") values (?, ?, ?, ?, ?, ?)")
        .params(version.deliverableId(), version.version(), version.content(), version.instructions(), null,
            Timestamp.from(version.createdAt()))
        .update();
  }

  void recordReview(String id, int version, QaReport report) {
    int updated = jdbc.sql("update bb_deliverable_version set qa_report = ?, qa_passed = ?, qa_score = ?, "
            + "reviewed_at = ? where deliverable_id = ? and version = ?")
        .params(write(report), report.passed(), report.score(), Timestamp.from(Instant.now()), id, version)
        .update();
    if (updated != 1) {
      throw new IllegalStateException("Deliverable " + id + " has no version " + version + " to review");
    }
  }

  Optional<DeliverableVersion> version(String id, int version) {
    return jdbc.sql("select " + VERSION_COLUMNS + " from bb_deliverable_version where deliverable_id = ? "
            + "and version = ?")
        .params(id, version).query(this::version).optional();
  }

  List<DeliverableVersion> versions(String id) {
    return jdbc.sql("select " + VERSION_COLUMNS + " from bb_deliverable_version where deliverable_id = ? "
            + "order by version")
        .param(id).query(this::version).list();
  }

  Optional<DeliverableVersion> latestVersion(String id) {
    List<DeliverableVersion> all = versions(id);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @SuppressWarnings("unchecked")
  private Deliverable deliverable(ResultSet rs, int row) throws SQLException {
    return new Deliverable(rs.getString("id"), rs.getString("type"), rs.getString("pipeline_key"),
        rs.getString("process_instance_id"), rs.getString("producer_role"), rs.getString("qa_role"),
        new Brief(read(rs.getString("brief"), Map.class)), DeliverableStatus.valueOf(rs.getString("status")),
        rs.getObject("final_version", Integer.class), rs.getTimestamp("created_at").toInstant());
  }

  private DeliverableVersion version(ResultSet rs, int row) throws SQLException {
    String report = rs.getString("qa_report");
    return new DeliverableVersion(rs.getString("deliverable_id"), rs.getInt("version"), rs.getString("content"),
        rs.getString("instructions"), report == null ? null : read(report, QaReport.class),
        rs.getTimestamp("created_at").toInstant());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable JSON", e);
    }
  }
}
