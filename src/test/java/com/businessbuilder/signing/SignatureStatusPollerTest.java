package com.businessbuilder.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Polling: the fallback for lost Connect messages publishes a final status once, also next to the webhook. */
class SignatureStatusPollerTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
  final SignatureEnvelopes envelopes = SigningTestData.freshDatabase();
  final List<Object> published = new ArrayList<>();
  final SignatureEvents events = new SignatureEvents(envelopes, published::add, clock);
  final Map<String, EnvelopeStatus> atDocuSign = new HashMap<>();
  final java.util.Set<String> unknownAtDocuSign = new java.util.HashSet<>();
  final SignatureStatusPoller poller = new SignatureStatusPoller(new FakeDocuSign(), envelopes, events);

  @Test
  void aCompletionFoundByPollingIsPublishedOnce() {
    envelopes.begin("k1", "deal-1", "docusign", "env-1", EnvelopeStatus.SENT, clock.instant());
    envelopes.begin("k2", "deal-2", "docusign", "env-2", EnvelopeStatus.SENT, clock.instant());
    atDocuSign.put("env-1", EnvelopeStatus.COMPLETED);
    atDocuSign.put("env-2", EnvelopeStatus.SENT);

    poller.poll();
    poller.poll();

    assertThat(published).containsExactly(new SignatureEvent("env-1", EnvelopeStatus.COMPLETED, null));
    assertThat(envelopes.open("docusign")).extracting(SignatureEnvelopes.SentEnvelope::envelopeId)
        .containsExactly("env-2");
  }

  @Test
  void aStatusThisApplicationDoesNotKnowChangesNothing() {
    envelopes.begin("k1", "deal-1", "docusign", "env-1", EnvelopeStatus.SENT, clock.instant());
    events.statusChanged("env-1", EnvelopeStatus.DELIVERED, null, "connect");
    unknownAtDocuSign.add("env-1");

    poller.poll();

    assertThat(published).isEmpty();
    assertThat(envelopes.byEnvelopeId("env-1").orElseThrow().status()).isEqualTo(EnvelopeStatus.DELIVERED);
  }

  @Test
  void whatTheWebhookBroughtIsNotPublishedAgain() {
    envelopes.begin("k1", "deal-1", "docusign", "env-1", EnvelopeStatus.SENT, clock.instant());
    events.statusChanged("env-1", EnvelopeStatus.DELIVERED, null, "connect");
    events.statusChanged("env-1", EnvelopeStatus.DECLINED, "no", "connect");
    atDocuSign.put("env-1", EnvelopeStatus.DECLINED);

    poller.poll();

    assertThat(published).containsExactly(new SignatureEvent("env-1", EnvelopeStatus.DECLINED, "no"));
  }

  @Test
  void anEnvelopeThatCannotBeAskedDoesNotStopTheOthers() {
    envelopes.begin("k0", "deal-0", "docusign", "env-broken", EnvelopeStatus.SENT, clock.instant());
    clock.advance(java.time.Duration.ofSeconds(1));
    envelopes.begin("k1", "deal-1", "docusign", "env-1", EnvelopeStatus.SENT, clock.instant());
    atDocuSign.put("env-1", EnvelopeStatus.VOIDED);

    poller.poll();

    assertThat(published).containsExactly(new SignatureEvent("env-1", EnvelopeStatus.VOIDED, null));
  }

  private final class FakeDocuSign implements ESignature {

    @Override
    public String id() {
      return "docusign";
    }

    @Override
    public Envelope send(SignatureRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.util.Optional<EnvelopeStatus> status(String envelopeId) {
      if (unknownAtDocuSign.contains(envelopeId)) {
        return java.util.Optional.empty();
      }
      EnvelopeStatus status = atDocuSign.get(envelopeId);
      if (status == null) {
        throw new SigningFailed("DocuSign could not read envelope " + envelopeId + ": 404", 404, null);
      }
      return java.util.Optional.of(status);
    }
  }
}
