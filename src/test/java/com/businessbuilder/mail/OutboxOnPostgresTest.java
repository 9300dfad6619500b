package com.businessbuilder.mail;

import org.springframework.test.context.ActiveProfiles;

/** The same on PostgreSQL: the unique idempotency key, attachments as bytea. */
@ActiveProfiles("embedded-postgres")
class OutboxOnPostgresTest extends OutboxMailerTest {}
