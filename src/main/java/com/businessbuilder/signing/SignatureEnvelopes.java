package com.businessbuilder.signing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The envelopes sent (table {@code bb_signature_envelope}) and the status changes acted on ({@code bb_signature_event}). */
class SignatureEnvelopes {

  private static final String COLUMNS = "idempotency_key, deal_id, provider, envelope_id, status, created_at, updated_at";

  private final JdbcClient jdbc;

  SignatureEnvelopes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that a sending starts, before the provider is called.
   *
   * @return false when a row with this key exists already (an earlier attempt)
   */
  boolean begin(String idempotencyKey, String dealId, String provider, String envelopeId, EnvelopeStatus status,
      Instant now) {
    try {
      jdbc.sql("insert into bb_signature_envelope (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
          .params(idempotencyKey, dealId, provider, envelopeId, status.name(), Timestamp.from(now), Timestamp.from(now))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** The provider accepted the sending: its envelope id and status. */
  void sent(String idempotencyKey, String envelopeId, EnvelopeStatus status, Instant now) {
    jdbc.sql("update bb_signature_envelope set envelope_id = ?, status = ?, updated_at = ? where idempotency_key = ?")
        .params(envelopeId, status.name(), Timestamp.from(now), idempotencyKey)
        .update();
  }

  /** Another attempt to create the envelope starts now. */
  void attempt(String idempotencyKey, Instant now) {
    jdbc.sql("update bb_signature_envelope set updated_at = ? where idempotency_key = ? and envelope_id is null")
        .params(Timestamp.from(now), idempotencyKey)
        .update();
  }

  /** The provider refused the sending for certain (it created nothing): the next attempt starts afresh. */
  void forget(String idempotencyKey) {
    jdbc.sql("delete from bb_signature_envelope where idempotency_key = ? and envelope_id is null")
        .param(idempotencyKey)
        .update();
  }

  void statusChanged(String envelopeId, EnvelopeStatus status, Instant now) {
    jdbc.sql("update bb_signature_envelope set status = ?, updated_at = ? where envelope_id = ?")
        .params(status.name(), Timestamp.from(now), envelopeId)
        .update();
  }

  Optional<SentEnvelope> byKey(String idempotencyKey) {
    return jdbc.sql("select " + COLUMNS + " from bb_signature_envelope where idempotency_key = ?")
        .param(idempotencyKey).query(SignatureEnvelopes::row).optional();
  }

  Optional<SentEnvelope> byEnvelopeId(String envelopeId) {
    return jdbc.sql("select " + COLUMNS + " from bb_signature_envelope where envelope_id = ?")
        .param(envelopeId).query(SignatureEnvelopes::row).optional();
  }

  /** Envelopes of this provider that were sent and have not reached a final status. */
  List<SentEnvelope> open(String provider) {
    return jdbc.sql("select " + COLUMNS + " from bb_signature_envelope where provider = ? and envelope_id is not null"
            + " and status not in ('COMPLETED', 'DECLINED', 'VOIDED') order by created_at")
        .param(provider).query(SignatureEnvelopes::row).list();
  }

  /**
   * Remembers that this status of this envelope was acted on.
   *
   * @return false when it was acted on before (a replay)
   */
  boolean firstTime(String envelopeId, EnvelopeStatus status, String source, Instant now) {
    try {
      // "where not exists" rather than a caught key violation, which would abort a PostgreSQL transaction
      return jdbc.sql("insert into bb_signature_event (envelope_id, status, source, received_at)"
              + " select ?, ?, ?, ? where not exists"
              + " (select 1 from bb_signature_event where envelope_id = ? and status = ?)")
          .params(envelopeId, status.name(), source, Timestamp.from(now), envelopeId, status.name())
          .update() == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Keeps the countersigned PDF of an offline envelope; a second upload replaces nothing and returns false. */
  boolean keepCountersigned(String envelopeId, String fileName, byte[] pdf, String recordedBy, Instant now) {
    return jdbc.sql("insert into bb_countersigned_contract (envelope_id, file_name, content, recorded_by, recorded_at)"
            + " select ?, ?, ?, ?, ? where not exists"
            + " (select 1 from bb_countersigned_contract where envelope_id = ?)")
        .params(envelopeId, fileName, pdf, recordedBy, Timestamp.from(now), envelopeId)
        .update() == 1;
  }

  Optional<byte[]> countersigned(String envelopeId) {
    return jdbc.sql("select content from bb_countersigned_contract where envelope_id = ?").param(envelopeId)
        .query((rs, row) -> rs.getBytes("content")).optional();
  }

  private static SentEnvelope row(ResultSet rs, int row) throws SQLException {
    return new SentEnvelope(rs.getString("idempotency_key"), rs.getString("deal_id"), rs.getString("provider"),
        rs.getString("envelope_id"), EnvelopeStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }

  /** One row of {@code bb_signature_envelope}; {@code envelopeId} is null while the sending is not confirmed. */
  record SentEnvelope(String idempotencyKey, String dealId, String provider, String envelopeId, EnvelopeStatus status,
      Instant createdAt, Instant updatedAt) {

    Envelope envelope() {
      return new Envelope(envelopeId, provider, status);
    }
  }
}
