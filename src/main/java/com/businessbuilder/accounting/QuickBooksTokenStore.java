package com.businessbuilder.accounting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the newest refresh token Intuit handed out, per company. It is used only while the configured token is the
 * one it descends from: configuring a new token (after reconnecting the app) makes the stored one void.
 */
class QuickBooksTokenStore {

  private final JdbcClient jdbc;

  QuickBooksTokenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> newest(String realmId, String configuredFingerprint) {
    return jdbc.sql("select refresh_token from bb_accounting_oauth where realm_id = ? and configured_fingerprint = ?")
        .params(realmId, configuredFingerprint)
        .query(String.class)
        .optional();
  }

  void save(String realmId, String configuredFingerprint, String refreshToken) {
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.sql("update bb_accounting_oauth set configured_fingerprint = ?, refresh_token = ?, "
            + "updated_at = ? where realm_id = ?")
        .params(configuredFingerprint, refreshToken, now, realmId)
        .update();
    if (updated == 0) {
      jdbc.sql("insert into bb_accounting_oauth (realm_id, configured_fingerprint, refresh_token, updated_at) "
              + "values (?, ?, ?, ?)")
          .params(realmId, configuredFingerprint, refreshToken, now)
          .update();
    }
  }
}
