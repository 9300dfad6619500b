package com.businessbuilder.worker;

import java.util.Collections;
import java.util.Map;

/**
 * The input of a {@link TaskHandler}: where the work stands in which process, and the variables it can see.
 *
 * @param topic the kind of work
 * @param businessKey the business key of the process (the pipeline, e.g. the lead id); budgets count per key
 * @param processInstanceId the process instance the work belongs to
 * @param activityId the model element the work is for
 * @param variables the variables the work can see
 */
public record WorkItem(String topic, String businessKey, String processInstanceId, String activityId,
    Map<String, Object> variables) {

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
