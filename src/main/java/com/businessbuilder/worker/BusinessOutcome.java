package com.businessbuilder.worker;

import java.util.Map;

/**
 * A business outcome the process model routes through an error boundary event, not a technical failure:
 * it is never retried.
 */
public class BusinessOutcome extends RuntimeException {

  private final String errorCode;
  private final Map<String, Object> variables;

  public BusinessOutcome(String errorCode, String message, Map<String, Object> variables) {
    super(message);
    this.errorCode = errorCode;
    this.variables = Map.copyOf(variables);
  }

  public String errorCode() {
    return errorCode;
  }

  public Map<String, Object> variables() {
    return variables;
  }
}
