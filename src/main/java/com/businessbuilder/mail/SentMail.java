package com.businessbuilder.mail;

import java.time.Instant;

/** An e-mail as it was sent (or queued in the outbox), with how it went out. */
public record SentMail(String id, String idempotencyKey, String channel, Instant sentAt) {}
