package com.businessbuilder.agent;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One call of an agent to a model (or to the offline composer), as the audit trail keeps it.
 *
 * @param workItemId the piece of work that made the call (see {@code WorkItem#id()}), {@code null} if none
 * @param reuses how often the answer was used again by the same piece of work offered again (after a crash or a
 *     retry) instead of asking and paying again
 */
public record AgentCall(
    String id,
    String pipelineKey,
    String processInstanceId,
    String activityId,
    String workItemId,
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
    Instant createdAt,
    int reuses) {

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
