package com.businessbuilder.signing;

/**
 * The e-signature service could not be asked, or refused. Retrying is safe: a sending the service did process is
 * found again by its idempotency key, never sent twice.
 */
public class SigningFailed extends RuntimeException {

  private final Integer httpStatus;

  SigningFailed(String message, Integer httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /** The provider's HTTP status, or null when there was no answer. */
  public Integer httpStatus() {
    return httpStatus;
  }
}
