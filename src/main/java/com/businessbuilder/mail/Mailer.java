package com.businessbuilder.mail;

/**
 * The port for e-mail to clients. Adapters: SMTP through Spring Mail when {@code spring.mail.host} is set,
 * otherwise the outbox, a table readable through {@code GET /api/outbox}.
 *
 * <p>Sending is idempotent by {@link OutgoingMail#idempotencyKey()}: a retry sends nothing a second time.
 */
public interface Mailer {

  SentMail send(OutgoingMail mail);
}
