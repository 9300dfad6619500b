package com.businessbuilder.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The envelope and event records on PostgreSQL, where a caught key violation would abort a transaction. */
class SignatureEnvelopesOnPostgresTest {

  static EmbeddedPostgres postgres;
  static SignatureEnvelopes envelopes;

  final Instant now = Instant.parse("2026-11-21T10:00:00Z").truncatedTo(ChronoUnit.MILLIS);

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
    envelopes = new SignatureEnvelopes(JdbcClient.create(postgres.getPostgresDatabase()));
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  void aSendingIsRecordedOnceThenConfirmed() {
    assertThat(envelopes.begin("pg-1", "deal-1", "docusign", null, EnvelopeStatus.SENT, now)).isTrue();
    assertThat(envelopes.begin("pg-1", "deal-1", "docusign", null, EnvelopeStatus.SENT, now)).isFalse();

    envelopes.sent("pg-1", "pg-env-1", EnvelopeStatus.SENT, now.plusSeconds(1));

    SignatureEnvelopes.SentEnvelope sent = envelopes.byKey("pg-1").orElseThrow();
    assertThat(sent.envelopeId()).isEqualTo("pg-env-1");
    assertThat(sent.createdAt()).isEqualTo(now);
    assertThat(envelopes.open("docusign")).extracting(SignatureEnvelopes.SentEnvelope::envelopeId)
        .contains("pg-env-1");
  }

  @Test
  void aCountersignedContractOfSomeMegabytesIsKeptOnce() {
    byte[] pdf = new byte[3_000_000];
    new java.util.Random(7).nextBytes(pdf);

    assertThat(envelopes.keepCountersigned("offline-pg", "signed.pdf", pdf, "ceo", now)).isTrue();
    assertThat(envelopes.keepCountersigned("offline-pg", "other.pdf", new byte[] {1}, "ceo", now)).isFalse();

    assertThat(envelopes.countersigned("offline-pg")).hasValue(pdf);
  }

  @Test
  void aStatusIsActedOnOnce() {
    envelopes.begin("pg-2", "deal-2", "docusign", "pg-env-2", EnvelopeStatus.SENT, now);

    assertThat(envelopes.firstTime("pg-env-2", EnvelopeStatus.COMPLETED, "connect", now)).isTrue();
    assertThat(envelopes.firstTime("pg-env-2", EnvelopeStatus.COMPLETED, "polling", now)).isFalse();
    envelopes.statusChanged("pg-env-2", EnvelopeStatus.COMPLETED, now);

    assertThat(envelopes.byEnvelopeId("pg-env-2").orElseThrow().status()).isEqualTo(EnvelopeStatus.COMPLETED);
    assertThat(envelopes.open("docusign")).extracting(SignatureEnvelopes.SentEnvelope::envelopeId)
        .doesNotContain("pg-env-2");
  }
}
