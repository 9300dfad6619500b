package com.businessbuilder.agent;

import java.math.BigDecimal;
import java.time.Instant;

/** One call of an agent to a model (or to the offline composer), as the audit trail keeps it. */
public record AgentCall(
    String id,
    String pipelineKey,
    String processInstanceId,
    String activityId,
    String roleId,
    String task,
    String provider,
    String model,
    String systemPrompt,
    String prompt,
    String response,
    Integer inputTokens,
    Integer outputTokens,
    BigDecimal cost,
    long latencyMillis,
    Outcome outcome,
    String error,
    boolean offline,
    Instant createdAt) {

  /** How the call ended. */
  public enum Outcome {
    /** the model answered and the answer was usable */
    ANSWERED,
    /** the model answered, but not in the shape asked for; it is asked again or the call fails */
    MALFORMED,
    /** the provider could not answer */
    FAILED
  }
}
