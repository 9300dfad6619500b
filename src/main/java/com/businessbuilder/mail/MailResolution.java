package com.businessbuilder.mail;

import jakarta.validation.constraints.NotNull;

/**
 * An operator's verdict on a mail left SENDING (see {@link SmtpMailer}), after looking up its Message-ID in the SMTP
 * server's log.
 *
 * @param outcome SENT: the client got it, retries return it and send nothing; FAILED: it never went out, the next
 *     retry of the task sends it
 */
record MailResolution(@NotNull Outcome outcome) {

  enum Outcome { SENT, FAILED }
}
