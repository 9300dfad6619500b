package com.businessbuilder.signing;

import java.util.Optional;
import java.time.Clock;
import java.util.UUID;

/**
 * The default: no e-signature service. The envelope is only a record ({@code offline-<uuid>}) that waits for the
 * CEO: its status {@link EnvelopeStatus#AWAITING_COUNTERSIGNATURE} tells the caller to get the contract to the
 * client itself (deal closing mails the PDF), and the CEO records the contract signed by both sides in Tasklist;
 * {@link #countersigned} keeps the PDF and publishes the {@link SignatureEvent} a webhook would have.
 */
public class OfflineSignature implements ESignature {

  public static final String ID = "offline";

  private final SignatureEnvelopes envelopes;
  private final SignatureEvents events;
  private final Clock clock;

  OfflineSignature(SignatureEnvelopes envelopes, SignatureEvents events, Clock clock) {
    this.envelopes = envelopes;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Envelope send(SignatureRequest request) {
    String envelopeId = "offline-" + UUID.randomUUID();
    envelopes.begin(request.idempotencyKey(), request.dealId(), ID, envelopeId,
        EnvelopeStatus.AWAITING_COUNTERSIGNATURE, clock.instant());
    return envelopes.byKey(request.idempotencyKey()).orElseThrow().envelope();
  }

  @Override
  public Optional<EnvelopeStatus> status(String envelopeId) {
    return Optional.of(envelopes.byEnvelopeId(envelopeId)
        .orElseThrow(() -> new IllegalArgumentException("No offline envelope " + envelopeId))
        .status());
  }

  /**
   * The CEO recorded the countersigned contract: keeps the PDF and publishes {@link EnvelopeStatus#COMPLETED}, once.
   * Called by the complete listener of the Tasklist task "Record countersigned contract".
   */
  @Override
  public void countersigned(String envelopeId, String fileName, byte[] pdf, String recordedBy) {
    known(envelopeId);
    if (pdf == null || pdf.length == 0) {
      throw new IllegalArgumentException("The countersigned contract of " + envelopeId + " is empty");
    }
    envelopes.keepCountersigned(envelopeId, fileName, pdf, recordedBy, clock.instant());
    events.statusChanged(envelopeId, EnvelopeStatus.COMPLETED, "countersigned contract recorded by " + recordedBy,
        "tasklist");
  }

  /** The client refused to sign: publishes {@link EnvelopeStatus#DECLINED}, once. */
  public void declined(String envelopeId, String reason) {
    known(envelopeId);
    events.statusChanged(envelopeId, EnvelopeStatus.DECLINED, reason, "tasklist");
  }

  /** The countersigned PDF the CEO recorded, if any. */
  public java.util.Optional<byte[]> countersignedContract(String envelopeId) {
    return envelopes.countersigned(envelopeId);
  }

  private void known(String envelopeId) {
    if (envelopes.byEnvelopeId(envelopeId).filter(envelope -> ID.equals(envelope.provider())).isEmpty()) {
      throw new IllegalArgumentException("No offline envelope " + envelopeId);
    }
  }
}
