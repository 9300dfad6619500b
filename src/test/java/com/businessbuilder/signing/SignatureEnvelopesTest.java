package com.businessbuilder.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The records on H2, the default database. */
class SignatureEnvelopesTest {

  final SignatureEnvelopes envelopes = SigningTestData.freshDatabase();

  @Test
  void aCountersignedContractOfSomeMegabytesIsKeptOnce() {
    byte[] pdf = new byte[3_000_000];
    new java.util.Random(7).nextBytes(pdf);
    Instant now = Instant.parse("2026-11-21T10:00:00Z");

    assertThat(envelopes.keepCountersigned("offline-h2", "signed.pdf", pdf, "ceo", now)).isTrue();
    assertThat(envelopes.keepCountersigned("offline-h2", "other.pdf", new byte[] {1}, "ceo", now)).isFalse();

    assertThat(envelopes.countersigned("offline-h2")).hasValue(pdf);
  }
}
