package com.businessbuilder.mail;

/** Where a recorded mail stands. */
enum MailStatus {
  /** Recorded, handed to the SMTP server; if it stays so, the process stopped before the server's answer was saved. */
  SENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** The SMTP server refused it or could not be reached; a retry sends it again. */
  FAILED,
  /** Stored in the outbox (no SMTP server configured). */
  QUEUED
}
