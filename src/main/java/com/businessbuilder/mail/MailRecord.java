package com.businessbuilder.mail;

import java.time.Instant;
import java.util.List;

/** A mail as recorded in {@code bb_mail}. */
record MailRecord(String id, String idempotencyKey, String dealId, String recipient, String subject, String body,
    List<String> attachmentNames, String messageId, String channel, MailStatus status, Instant createdAt,
    Instant sentAt) {

  static final String SMTP = "smtp";
  static final String OUTBOX = "outbox";

  /** What the caller learns: for an outbox mail the time it was queued. */
  SentMail sentMail() {
    return new SentMail(id, idempotencyKey, channel, sentAt != null ? sentAt : createdAt);
  }
}
