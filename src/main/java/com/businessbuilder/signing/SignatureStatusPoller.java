package com.businessbuilder.signing;

import com.businessbuilder.signing.SignatureEnvelopes.SentEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the provider for every envelope that is not final, every {@code bb.signing.poll-interval} (default 15
 * minutes): the fallback when a Connect message is lost. A status the webhook brought already is a replay and
 * publishes nothing.
 */
class SignatureStatusPoller {

  private static final Logger log = LoggerFactory.getLogger(SignatureStatusPoller.class);

  private final ESignature signature;
  private final SignatureEnvelopes envelopes;
  private final SignatureEvents events;

  SignatureStatusPoller(ESignature signature, SignatureEnvelopes envelopes, SignatureEvents events) {
    this.signature = signature;
    this.envelopes = envelopes;
    this.events = events;
  }

  /** One round; a failure with one envelope does not stop the others. */
  void poll() {
    for (SentEnvelope open : envelopes.open(signature.id())) {
      try {
        signature.status(open.envelopeId())
            .filter(status -> status != open.status())
            .ifPresent(status -> events.statusChanged(open.envelopeId(), status, null, "polling"));
      } catch (RuntimeException e) {
        log.warn("Could not ask for the status of envelope {}: {}", open.envelopeId(), e.getMessage());
      }
    }
  }
}
