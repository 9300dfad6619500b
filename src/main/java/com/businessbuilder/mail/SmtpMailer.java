package com.businessbuilder.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends client mail through the SMTP server of {@code spring.mail.*}, at most once per idempotency key.
 *
 * <p>The mail is recorded (SENDING) and committed before it is handed to the server, and marked SENT after the
 * server accepted it. A retry finds the record: SENT returns the first {@link SentMail} and sends nothing; FAILED
 * (the server refused it or was unreachable) sends again under the same record.
 *
 * <p>SENDING found by a retry means the process stopped between the hand-over and the mark, or another attempt is
 * sending right now. Whether the client got the mail is unknown, and this adapter does <em>not</em> resend it:
 * it throws {@link MailDeliveryUncertain}, so the task turns into an incident and an operator decides with the
 * SMTP server's log at hand. The trade-off is a possibly missing mail (visible, fixable) against a possibly
 * duplicated one (visible to the client, not fixable); the issue asks for nothing twice. Every attempt carries a
 * Message-ID derived from the key, so if the operator resends, or a server timed out after it had accepted the
 * message, the duplicate has the same Message-ID and the receiving side can drop it.
 */
class SmtpMailer implements Mailer {

  private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

  private final JavaMailSender sender;
  private final MailRepository mails;
  private final MailProperties properties;
  private final Clock clock;

  SmtpMailer(JavaMailSender sender, MailRepository mails, MailProperties properties, Clock clock) {
    this.sender = sender;
    this.mails = mails;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public SentMail send(OutgoingMail mail) {
    Objects.requireNonNull(mail.idempotencyKey(), "idempotencyKey");
    Optional<MailRecord> earlier = mails.findByIdempotencyKey(mail.idempotencyKey());
    if (earlier.isPresent()) {
      return resume(earlier.get(), mail);
    }
    MailRecord record = MailRecord.of(mail, properties.messageIdDomain(), MailRecord.SMTP, MailStatus.SENDING, now());
    try {
      mails.insert(record, List.of());
    } catch (DuplicateKeyException concurrent) {
      return resume(mails.findByIdempotencyKey(mail.idempotencyKey()).orElseThrow(), mail);
    }
    return deliver(record, mail);
  }

  private SentMail resume(MailRecord earlier, OutgoingMail mail) {
    switch (earlier.status()) {
      case SENT, QUEUED -> {
        log.debug("Mail {} went out before as {}; not sent again", earlier.idempotencyKey(), earlier.id());
        return earlier.sentMail();
      }
      case FAILED -> {
        if (mails.transition(earlier.id(), MailStatus.FAILED, MailStatus.SENDING, null)) {
          return deliver(earlier, mail);
        }
        // another attempt claimed it a moment ago
        throw uncertain(mails.findByIdempotencyKey(earlier.idempotencyKey()).orElse(earlier));
      }
      default -> throw uncertain(earlier);
    }
  }

  private SentMail deliver(MailRecord record, OutgoingMail mail) {
    try {
      sender.send(message(record, mail));
    } catch (MailException refused) {
      mails.transition(record.id(), MailStatus.SENDING, MailStatus.FAILED, null);
      throw refused;
    }
    Instant sentAt = now();
    mails.transition(record.id(), MailStatus.SENDING, MailStatus.SENT, sentAt);
    return new SentMail(record.id(), record.idempotencyKey(), MailRecord.SMTP, sentAt);
  }

  private MimeMessage message(MailRecord record, OutgoingMail mail) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      for (OutgoingMail.Attachment file : mail.attachments()) {
        helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
      }
      // JavaMailSenderImpl keeps an explicitly set Message-ID instead of generating one
      message.setHeader("Message-ID", record.messageId());
      return message;
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
  }

  private MailDeliveryUncertain uncertain(MailRecord mail) {
    Duration age = Duration.between(mail.createdAt(), now());
    return new MailDeliveryUncertain("Mail '" + mail.idempotencyKey() + "' (" + mail.id() + ") to " + mail.recipient()
        + " was handed to the SMTP server " + age.toSeconds() + " s ago and its outcome was never recorded; it is "
        + "not sent again automatically. Look for Message-ID " + mail.messageId() + " in the SMTP server's log, "
        + "then resolve it as SENT, or FAILED to let the next retry send it: POST /api/outbox/" + mail.id()
        + "/resolution");
  }

  /** Microseconds: what the database keeps, so a retry returns exactly what the first attempt did. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
