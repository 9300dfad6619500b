package com.businessbuilder.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small helpers for the dashboard's read queries. */
final class Rows {

  private Rows() {}

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** {@code select <label>, count(*) ... group by <label>} as an ordered map; null labels count as "none". */
  static Map<String, Long> counts(JdbcClient jdbc, String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql).query(rs -> {
      String label = rs.getString(1);
      counts.merge(label == null ? "none" : label, rs.getLong(2), Long::sum);
    });
    return counts;
  }

  /** The company of each record of a pipeline table with these ids, in one query. */
  static Map<String, String> titles(JdbcClient jdbc, String table, Collection<String> ids) {
    Map<String, String> titles = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, company from " + table + " where id in (" + placeholders(ids) + ")")
          .params(new java.util.ArrayList<>(ids))
          .query(rs -> {
            titles.put(rs.getString("id"), rs.getString("company"));
          });
    }
    return titles;
  }

  /** {@code ?, ?, ?} for an in-list of this many values. */
  static String placeholders(Collection<?> values) {
    return values.stream().map(value -> "?").collect(Collectors.joining(", "));
  }
}
