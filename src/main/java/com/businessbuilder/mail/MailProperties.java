package com.businessbuilder.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Client e-mail ({@code bb.mail.*}). The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} mails go to the outbox.
 *
 * @param from the sender of every client mail
 * @param messageIdDomain the right-hand side of the Message-IDs derived from the idempotency keys
 */
@ConfigurationProperties("bb.mail")
record MailProperties(
    @DefaultValue("Business Builder <no-reply@businessbuilder.local>") String from,
    @DefaultValue("businessbuilder.local") String messageIdDomain) {}
