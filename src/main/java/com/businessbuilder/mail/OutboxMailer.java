package com.businessbuilder.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/**
 * Client mail without an SMTP server: the mail, attachments included, is stored in the outbox (channel outbox,
 * status QUEUED), once per idempotency key, and listed by {@code GET /api/outbox}. A retry returns the first entry.
 */
class OutboxMailer implements Mailer {

  private final MailRepository mails;
  private final MailProperties properties;
  private final Clock clock;

  OutboxMailer(MailRepository mails, MailProperties properties, Clock clock) {
    this.mails = mails;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public SentMail send(OutgoingMail mail) {
    Objects.requireNonNull(mail.idempotencyKey(), "idempotencyKey");
    Optional<MailRecord> earlier = mails.findByIdempotencyKey(mail.idempotencyKey());
    if (earlier.isPresent()) {
      return earlier.get().sentMail();
    }
    MailRecord record = MailRecord.of(mail, properties.messageIdDomain(), MailRecord.OUTBOX, MailStatus.QUEUED, now());
    try {
      mails.insert(record, mail.attachments());
    } catch (DuplicateKeyException concurrent) {
      return mails.findByIdempotencyKey(mail.idempotencyKey()).orElseThrow().sentMail();
    }
    return record.sentMail();
  }

  /** Microseconds: what the database keeps, so a retry returns exactly what the first attempt did. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
