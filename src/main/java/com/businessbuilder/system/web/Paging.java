package com.businessbuilder.system.web;

import java.util.Locale;
import java.util.Map;

/**
 * A page of a list as the caller asked for it ({@code page}, {@code size}, {@code sort=field[,asc|desc]}), checked:
 * a page below 0, a size outside 1..{@value #MAX_SIZE} or a field the list cannot be sorted by is a 400 that names
 * the parameter.
 *
 * @param orderBy the SQL order of the page: a sortable field's column, its direction, and the id as tie-breaker
 */
public record Paging(int page, int size, String orderBy) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  /**
   * @param sortable the fields a caller may sort by, each with its column
   * @param defaultSort the order when the caller gave none, e.g. {@code createdAt,desc}
   */
  public static Paging of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? DEFAULT_SIZE : size;
    if (pageNumber < 0) {
      throw invalid("page", "must be 0 or more");
    }
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw invalid("size", "must be between 1 and " + MAX_SIZE);
    }
    String[] order = (sort == null || sort.isBlank() ? defaultSort : sort).split(",", -1);
    String column = sortable.get(order[0].trim());
    if (column == null || order.length > 2) {
      throw invalid("sort", "must be one of " + String.join(", ", sortable.keySet()) + ", optionally followed by ,asc or ,desc");
    }
    String direction = order.length == 2 ? order[1].trim().toLowerCase(Locale.ROOT) : "asc";
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw invalid("sort", "the direction must be asc or desc");
    }
    return new Paging(pageNumber, pageSize, column + " " + direction + ", id " + direction);
  }

  public int offset() {
    return page * size;
  }

  private static CallerMistake invalid(String parameter, String message) {
    return CallerMistake.field(parameter, message);
  }
}
