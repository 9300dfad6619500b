package com.businessbuilder.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A mail as recorded in {@code bb_mail}. */
record MailRecord(String id, String idempotencyKey, String dealId, String recipient, String subject, String body,
    List<String> attachmentNames, String messageId, String channel, MailStatus status, Instant createdAt,
    Instant sentAt) {

  static final String SMTP = "smtp";
  static final String OUTBOX = "outbox";

  /** A new record of the mail, before it goes out on the channel. */
  static MailRecord of(OutgoingMail mail, String messageIdDomain, String channel, MailStatus status, Instant now) {
    return new MailRecord(UUID.randomUUID().toString(), mail.idempotencyKey(), mail.dealId(), mail.to(),
        mail.subject(), mail.body(), mail.attachments().stream().map(OutgoingMail.Attachment::fileName).toList(),
        MessageIds.forKey(mail.idempotencyKey(), messageIdDomain), channel, status, now, null);
  }

  /** What the caller learns: for an outbox mail the time it was queued. */
  SentMail sentMail() {
    return new SentMail(id, idempotencyKey, channel, sentAt != null ? sentAt : createdAt);
  }
}
