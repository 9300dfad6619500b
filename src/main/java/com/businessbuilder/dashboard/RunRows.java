package com.businessbuilder.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Rows of the run read model ({@code bb_run}) as the dashboard lists them: the steps a run waits at and its open
 * incidents are kept there as JSON by the engine adapter.
 */
@Component
class RunRows {

  static final String COLUMNS = "run_id, process_id, correlation_key, active, incidents, started_at, updated_at";

  private final ObjectMapper json;

  RunRows(ObjectMapper json) {
    this.json = json;
  }

  Run read(ResultSet rs) throws SQLException {
    List<String> steps = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (JsonNode active : tree(rs.getString("active"))) {
      if (active.hasNonNull("name")) {
        steps.add(active.get("name").asText());
      } else if (active.hasNonNull("activityId")) {
        steps.add(active.get("activityId").asText());
      }
      types.add(active.path("type").asText());
    }
    Map<String, String> incidents = new LinkedHashMap<>();
    tree(rs.getString("incidents")).fields()
        .forEachRemaining(entry -> incidents.put(entry.getKey(), entry.getValue().asText()));
    return new Run(rs.getString("run_id"), rs.getString("process_id"), rs.getString("correlation_key"), steps, types,
        incidents, Rows.instant(rs, "started_at"), Rows.instant(rs, "updated_at"));
  }

  private JsonNode tree(String text) {
    try {
      return json.readTree(text == null ? "{}" : text);
    } catch (JsonProcessingException e) {
      return json.createObjectNode();
    }
  }

  /** A running run as the read model keeps it. */
  record Run(String runId, String processId, String key, List<String> steps, List<String> stepTypes,
      Map<String, String> incidents, Instant startedAt, Instant updatedAt) {

    String where() {
      // the innermost steps are listed last; the stage's call activity first
      return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
  }
}
