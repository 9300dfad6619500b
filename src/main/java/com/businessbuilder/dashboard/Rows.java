package com.businessbuilder.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * A pipeline's two funnel charts from one {@code group by} of its table: its records counted by one column and by
   * another ("Deals by stage", "Deals by status"), each in its order; null values count as "none".
   *
   * @param records what the table holds, in the plural and lower case ("deals"): the charts' ids and titles
   */
  static List<FunnelSection> funnel(JdbcClient jdbc, String table, String records, String first,
      List<String> firstOrder, String second, List<String> secondOrder) {
    Map<String, Long> byFirst = new HashMap<>();
    Map<String, Long> bySecond = new HashMap<>();
    jdbc.sql("select " + first + ", " + second + ", count(*) as n from " + table + " group by " + first + ", "
            + second)
        .query(rs -> {
          long n = rs.getLong("n");
          byFirst.merge(rs.getString(first) == null ? "none" : rs.getString(first), n, Long::sum);
          bySecond.merge(rs.getString(second) == null ? "none" : rs.getString(second), n, Long::sum);
        });
    String title = Character.toUpperCase(records.charAt(0)) + records.substring(1) + " by ";
    return List.of(FunnelSection.ordered(records + "-by-" + first, title + first, firstOrder, byFirst),
        FunnelSection.ordered(records + "-by-" + second, title + second, secondOrder, bySecond));
  }

  /** The company of each record of a pipeline table with these ids, in one query. */
  static Map<String, String> titles(JdbcClient jdbc, String table, Collection<String> ids) {
    return titles(jdbc, table, "company", ids);
  }

  /** The value of {@code column} (what names a record) of each record of a pipeline table with these ids. */
  static Map<String, String> titles(JdbcClient jdbc, String table, String column, Collection<String> ids) {
    Map<String, String> titles = new HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, " + column + " from " + table + " where id in (" + placeholders(ids) + ")")
          .params(new java.util.ArrayList<>(ids))
          .query(rs -> {
            titles.put(rs.getString("id"), rs.getString(column));
          });
    }
    return titles;
  }

  /** {@code ?, ?, ?} for an in-list of this many values. */
  static String placeholders(Collection<?> values) {
    return values.stream().map(value -> "?").collect(Collectors.joining(", "));
  }
}
