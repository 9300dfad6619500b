package com.businessbuilder.signing;

import java.time.Clock;
import java.util.UUID;

/**
 * The default: no e-signature service. The envelope is only a record ({@code offline-<uuid>}) that waits for the
 * CEO, who has the client sign on paper or by e-mail and records the countersigned contract in Tasklist;
 * {@link #countersigned} then publishes the {@link SignatureEvent} a webhook would have.
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
  public EnvelopeStatus status(String envelopeId) {
    return envelopes.byEnvelopeId(envelopeId)
        .orElseThrow(() -> new IllegalArgumentException("No offline envelope " + envelopeId))
        .status();
  }

  /**
   * The CEO recorded the countersigned contract (or that the client refused): publishes the final status once.
   *
   * @param status {@link EnvelopeStatus#COMPLETED} or {@link EnvelopeStatus#DECLINED}
   */
  public void countersigned(String envelopeId, EnvelopeStatus status, String note) {
    if (!status.isFinal()) {
      throw new IllegalArgumentException("The CEO records a final status, not " + status);
    }
    events.statusChanged(envelopeId, status, note, "tasklist");
  }
}
