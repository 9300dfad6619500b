package com.businessbuilder.mail;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set (and not blank), otherwise the outbox. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

  private static final String SMTP_CONFIGURED = "!'${spring.mail.host:}'.isBlank()";

  @Bean
  @ConditionalOnExpression(SMTP_CONFIGURED)
  Mailer smtpMailer(JavaMailSender sender, MailRepository mails, MailProperties properties) {
    return new SmtpMailer(sender, mails, properties, Clock.systemUTC());
  }

  @Bean
  @ConditionalOnExpression("!(" + SMTP_CONFIGURED + ")")
  Mailer outboxMailer(MailRepository mails, MailProperties properties) {
    return new OutboxMailer(mails, properties, Clock.systemUTC());
  }
}
