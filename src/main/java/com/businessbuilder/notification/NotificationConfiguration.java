package com.businessbuilder.notification;

import com.businessbuilder.mail.Mailer;
import com.businessbuilder.system.security.People;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** Notifications to the CEO; {@code bb.notifications.enabled=false} switches them off. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@ConditionalOnProperty(name = "bb.notifications.enabled", havingValue = "true", matchIfMissing = true)
class NotificationConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

  @Bean
  Notifier notifier(Mailer mailer, People people, NotificationLog notifications, NotificationProperties properties) {
    Optional<SlackWebhook> slack = properties.slack().configured()
        ? Optional.of(new SlackWebhook(properties.slack())) : Optional.empty();
    return new Notifier(mailer, people, slack, notifications, Clock.systemUTC());
  }

  @Bean
  GateNotifications gateNotifications(Notifier notifier, JdbcClient jdbc, NotificationProperties properties) {
    return new GateNotifications(notifier, jdbc, properties, Clock.systemUTC());
  }

  @Bean
  DailyDigest dailyDigest(Notifier notifier, JdbcClient jdbc, NotificationProperties properties) {
    return new DailyDigest(notifier, jdbc, properties);
  }

  @Bean
  Checks notificationChecks(GateNotifications gates, DailyDigest digest, Notifier notifier) {
    return new Checks(gates, digest, notifier);
  }

  /** Reminders and the digest, looked for every {@code bb.notifications.check-every}. */
  record Checks(GateNotifications gates, DailyDigest digest, Notifier notifier) {

    @Scheduled(initialDelayString = "${bb.notifications.check-every:5m}",
        fixedDelayString = "${bb.notifications.check-every:5m}")
    void check() {
      try {
        java.time.Instant now = gates.clock().instant();
        gates.remind(now);
        digest.due(now).ifPresent(notifier::send);
      } catch (RuntimeException e) {
        log.warn("Notifications will be looked for again at the next check: {}", e.toString());
      }
    }
  }
}
