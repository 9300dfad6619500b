package com.businessbuilder.signing;

/** Where an envelope stands. */
public enum EnvelopeStatus {
  /** sent to the signer, not yet signed */
  SENT,
  /** the signer opened it */
  DELIVERED,
  /** signed by everyone */
  COMPLETED,
  /** the signer declined */
  DECLINED,
  /** withdrawn or expired at the provider */
  VOIDED,
  /** offline: waits for the CEO to record the countersigned contract */
  AWAITING_COUNTERSIGNATURE;

  public boolean isFinal() {
    return this == COMPLETED || this == DECLINED || this == VOIDED;
  }
}
