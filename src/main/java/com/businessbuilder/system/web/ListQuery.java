package com.businessbuilder.system.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A filtered, paged list read from one table: filters that are not given are left out, the created range is
 * {@code createdFrom <= created_at < createdTo}, and the answer holds one page and the total count.
 */
public final class ListQuery {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Keeps the rows whose column equals the value; no value keeps all. */
  public ListQuery equalTo(String column, Object value) {
    if (value != null) {
      conditions.add(column + " = ?");
      params.add(value instanceof Enum<?> constant ? constant.name() : value);
    }
    return this;
  }

  public ListQuery createdBetween(Instant from, Instant to) {
    if (from != null) {
      conditions.add("created_at >= ?");
      params.add(Timestamp.from(from));
    }
    if (to != null) {
      conditions.add("created_at < ?");
      params.add(Timestamp.from(to));
    }
    return this;
  }

  /**
   * @param table a table name written in code, never the caller's text
   * @param columns the selected columns, as the row mapper reads them
   */
  public <T> Listing<T> page(JdbcClient jdbc, String table, String columns, Paging paging, RowMapper<T> rows) {
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    long total = jdbc.sql("select count(*) from " + table + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(paging.size());
    pageParams.add(paging.offset());
    List<T> items = jdbc.sql("select " + columns + " from " + table + where + " order by " + paging.orderBy()
            + " limit ? offset ?")
        .params(pageParams).query(rows).list();
    return new Listing<>(items, paging.page(), paging.size(), total);
  }
}
