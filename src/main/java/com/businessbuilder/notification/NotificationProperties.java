package com.businessbuilder.notification;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications to the CEO ({@code bb.notifications.*}): e-mail through the {@code Mailer} port (SMTP when
 * configured, the outbox otherwise) and, when a webhook URL is set, a Slack channel.
 *
 * @param enabled whether anything is sent at all
 * @param baseUrl where people reach the application; links in notifications start with it
 * @param remindAfter a gate still open this long after it opened gets one reminder
 * @param checkEvery how often reminders and the digest are looked for (and failed ones tried again)
 * @param digestAt the time of day from which the daily digest goes out, in {@code zone}
 * @param zone the time zone of {@code digestAt}
 * @param slack the Slack incoming webhook; none when its URL is empty
 */
@ConfigurationProperties("bb.notifications")
record NotificationProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("http://localhost:8080") URI baseUrl,
    @DefaultValue("24h") Duration remindAfter,
    @DefaultValue("5m") Duration checkEvery,
    @DefaultValue("07:00") LocalTime digestAt,
    @DefaultValue("UTC") ZoneId zone,
    @DefaultValue Slack slack) {

  /**
   * @param webhookUrl the incoming webhook's URL (a secret: from the environment, {@code BB_SLACK_WEBHOOK_URL})
   * @param timeout the longest one post may take
   */
  record Slack(String webhookUrl, @DefaultValue("10s") Duration timeout) {

    boolean configured() {
      return webhookUrl != null && !webhookUrl.isBlank();
    }
  }

  /** A link into the application. */
  String link(String path) {
    String base = baseUrl.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }
}
