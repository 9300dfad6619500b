package com.businessbuilder.signing;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where status changes arrive, from the webhook, from polling or from the CEO's offline record. Each envelope and
 * status is acted on once: a replay changes nothing and publishes nothing. A final status is published as a
 * {@link SignatureEvent} in the same transaction, so a failing listener rolls the record back and the provider's
 * retry (or the next poll) brings it again.
 */
class SignatureEvents {

  private static final Logger log = LoggerFactory.getLogger(SignatureEvents.class);

  /** What became of one status change. */
  enum Outcome {
    /** recorded, and published when final */
    ACCEPTED,
    /** this envelope and status were acted on before */
    REPLAY,
    /** no envelope with this id was sent from here */
    UNKNOWN_ENVELOPE
  }

  private final SignatureEnvelopes envelopes;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  SignatureEvents(SignatureEnvelopes envelopes, ApplicationEventPublisher publisher, Clock clock) {
    this.envelopes = envelopes;
    this.publisher = publisher;
    this.clock = clock;
  }

  @Transactional
  public Outcome statusChanged(String envelopeId, EnvelopeStatus status, String reason, String source) {
    if (envelopes.byEnvelopeId(envelopeId).isEmpty()) {
      log.info("Ignored {} status {} of envelope {}: no contract was sent with it from here", source, status,
          envelopeId);
      return Outcome.UNKNOWN_ENVELOPE;
    }
    if (!envelopes.firstTime(envelopeId, status, source, clock.instant())) {
      log.info("Ignored {} status {} of envelope {}: acted on before", source, status, envelopeId);
      return Outcome.REPLAY;
    }
    envelopes.statusChanged(envelopeId, status, clock.instant());
    if (status.isFinal()) {
      log.info("Envelope {} is {} ({})", envelopeId, status, source);
      publisher.publishEvent(new SignatureEvent(envelopeId, status, reason));
    }
    return Outcome.ACCEPTED;
  }
}
