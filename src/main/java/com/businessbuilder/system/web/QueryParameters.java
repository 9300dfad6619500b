package com.businessbuilder.system.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads list filters from query parameters; a value that does not fit is a 400 naming the parameter. */
public final class QueryParameters {

  /** One of the enum's values (any case), or null when the parameter is absent. */
  public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CallerMistake.field(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  /** An ISO-8601 instant (2026-11-30T10:00:00Z) or date (2026-11-30, meaning its start in UTC), or null. */
  public static Instant instant(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw CallerMistake.field(parameter, "must be an ISO-8601 date (2026-11-30) or instant (2026-11-30T10:00:00Z)");
    }
  }

  private QueryParameters() {}
}
