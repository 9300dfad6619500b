package com.businessbuilder.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Message-IDs derived from the idempotency key: every attempt at the same mail carries the same Message-ID, so a
 * duplicate that slips through (see {@link SmtpMailer}) can be recognised and dropped by the receiving side, and an
 * operator can look the mail up in the SMTP server's log.
 */
final class MessageIds {

  private MessageIds() {}

  static String forKey(String idempotencyKey, String domain) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
