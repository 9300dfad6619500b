package com.businessbuilder.signing;

import java.util.Optional;

/**
 * The port to an e-signature service. Adapters: DocuSign eSignature ({@code bb.signing.provider=docusign}) and the
 * offline default, where the CEO records the countersigned contract in Tasklist.
 *
 * <p>Sending is idempotent: a repeated request with the same {@link SignatureRequest#idempotencyKey()} returns the
 * first envelope and sends nothing new, also when the provider processed the first request but its answer was
 * lost. Signing and declining arrive as {@link SignatureEvent}s (webhook or status polling).
 */
public interface ESignature {

  /** The provider id: {@code docusign} or {@code offline}. */
  String id();

  /** Sends the contract to the signer; returns the (first) envelope for the request's idempotency key. */
  Envelope send(SignatureRequest request);

  /**
   * The envelope's current status, asked of the provider: the fallback when no webhook arrives. Empty when the
   * provider answers with a status this application does not know (logged and ignored, never guessed).
   */
  Optional<EnvelopeStatus> status(String envelopeId);

  /**
   * The CEO recorded the contract the client signed on paper and the CEO countersigned (envelopes that answered
   * {@link EnvelopeStatus#AWAITING_COUNTERSIGNATURE}): keeps the PDF and publishes {@link EnvelopeStatus#COMPLETED},
   * once. Only the offline adapter has such envelopes.
   */
  default void countersigned(String envelopeId, String fileName, byte[] pdf, String recordedBy) {
    throw new UnsupportedOperationException(id() + " envelopes are signed through the provider, not recorded by the CEO");
  }
}
