package com.businessbuilder.mail;

import java.util.List;

/**
 * An e-mail to a client.
 *
 * @param idempotencyKey the same key for every retry of the same e-mail (e.g. {@code outreach-<dealId>})
 * @param dealId the deal it belongs to (for the outbox listing), may be null
 */
public record OutgoingMail(String idempotencyKey, String dealId, String to, String subject, String body,
    List<Attachment> attachments) {

  public OutgoingMail {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A file attached to the e-mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
