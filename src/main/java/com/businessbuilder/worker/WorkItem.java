package com.businessbuilder.worker;

import java.util.Collections;
import java.util.Map;

/** The input of a {@link TaskHandler}: the process's business key and the variables it can see. */
public record WorkItem(String topic, String businessKey, Map<String, Object> variables) {

  public WorkItem {
    variables = Collections.unmodifiableMap(variables);
  }

  public String string(String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }

  public String stringOr(String name, String fallback) {
    String value = string(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public Integer integer(String name) {
    Object value = variables.get(name);
    return value instanceof Number number ? number.intValue() : null;
  }

  public Long number(String name) {
    Object value = variables.get(name);
    return value instanceof Number n ? n.longValue() : null;
  }
}
