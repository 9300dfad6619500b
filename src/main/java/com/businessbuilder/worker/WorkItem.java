package com.businessbuilder.worker;

import com.businessbuilder.engine.ProcessRuns;
import java.util.Collections;
import java.util.Map;

/**
 * The input of a {@link TaskHandler}: which pipeline the work belongs to, where in which run, and the variables it
 * can see. Nothing here depends on the engine that scheduled the work.
 *
 * @param id the identity of this piece of work, the same each time the engine offers it again (after a crash, an
 *     expired lock or a retry) and new each time a run reaches the step anew (a loop's next round); Camunda 7: the
 *     external task's id. {@code null} when no engine scheduled the work
 * @param topic the kind of work
 * @param correlationKey the key of the pipeline the work belongs to (a lead's or a deal's id), carried by every run
 *     of the pipeline, called ones included, in the variable {@value #CORRELATION_KEY}; budgets and the audit
 *     trail count per key
 * @param runId the run (process instance) the work belongs to
 * @param activityId the model element the work is for
 * @param variables the variables the work can see
 */
public record WorkItem(String id, String topic, String correlationKey, String runId, String activityId,
    Map<String, Object> variables) {

  /** The variable every run carries its pipeline's key in; call activities pass it on to the runs they call. */
  public static final String CORRELATION_KEY = ProcessRuns.CORRELATION_KEY;

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

  /** The variable, which the model guarantees; a missing one is a modelling mistake, named in the failure. */
  public String require(String name) {
    String value = string(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Task " + activityId + " (" + topic + ") of run " + runId
          + " has no variable '" + name + "'");
    }
    return value;
  }
}
