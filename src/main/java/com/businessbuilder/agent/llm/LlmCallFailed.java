package com.businessbuilder.agent.llm;

/**
 * A provider could not answer: unreachable, timed out, refused the credentials, rate-limited past the client's
 * retries, or answered with an error. The message carries the provider's own error text (never the API key), so
 * it can stand in a Cockpit incident as it is.
 */
public class LlmCallFailed extends RuntimeException {

  private final Integer httpStatus;

  public LlmCallFailed(String message, Integer httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status the provider answered with, when there was one. */
  public Integer httpStatus() {
    return httpStatus;
  }
}
