package com.businessbuilder.mail;

/**
 * A mail with this idempotency key was handed to the SMTP server but whether the server took it was never recorded
 * (the process stopped in between), or another attempt is sending it right now. It is not sent again
 * automatically: nothing twice. Thrown to the caller, so the task fails and becomes an incident once its retries
 * are used up; an operator checks the SMTP server's log for the Message-ID and resolves the mail with
 * {@code POST /api/outbox/{id}/resolution} (docs/mail-and-documents.md).
 */
public class MailDeliveryUncertain extends RuntimeException {

  MailDeliveryUncertain(String message) {
    super(message);
  }
}
