package com.businessbuilder.mail;

import java.time.Instant;
import java.util.List;

/** A mail in the outbox listing: everything but the attachments' bytes. */
record MailView(String id, String idempotencyKey, String dealId, String recipient, String subject, String body,
    List<String> attachmentNames, String messageId, String channel, String status, Instant createdAt,
    Instant sentAt) {

  static MailView of(MailRecord mail) {
    return new MailView(mail.id(), mail.idempotencyKey(), mail.dealId(), mail.recipient(), mail.subject(),
        mail.body(), mail.attachmentNames(), mail.messageId(), mail.channel(), mail.status().name(),
        mail.createdAt(), mail.sentAt());
  }
}
