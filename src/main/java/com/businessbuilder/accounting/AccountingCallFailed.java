package com.businessbuilder.accounting;

/**
 * The accounting system did not do what was asked. {@code retryable} says whether repeating the task later can help
 * (the system was unavailable) or a person must change something first (a refused request, a revoked token).
 * The message never contains a token or a secret.
 */
public class AccountingCallFailed extends RuntimeException {

  private final boolean retryable;
  private final Integer httpStatus;

  public AccountingCallFailed(String message, boolean retryable, Integer httpStatus, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.httpStatus = httpStatus;
  }

  public boolean retryable() {
    return retryable;
  }

  /** The provider's HTTP status, or {@code null} when no answer came (timeout, connection refused). */
  public Integer httpStatus() {
    return httpStatus;
  }
}
