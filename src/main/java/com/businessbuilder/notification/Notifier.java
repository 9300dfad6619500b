package com.businessbuilder.notification;

import com.businessbuilder.mail.Mailer;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.system.security.BusinessGroups;
import com.businessbuilder.system.security.People;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a notification to the CEO group's members (one e-mail each, through the {@link Mailer} port with an
 * idempotency key per notification and person) and to Slack when a webhook is configured, once: it is claimed in
 * {@link NotificationLog} first and marked sent when every channel took it. A channel that fails marks it failed,
 * to be tried again (mails already sent are not sent again: their keys are known to the Mailer).
 */
class Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);

  private final Mailer mailer;
  private final People people;
  private final Optional<SlackWebhook> slack;
  private final NotificationLog notifications;
  private final Clock clock;

  Notifier(Mailer mailer, People people, Optional<SlackWebhook> slack, NotificationLog notifications, Clock clock) {
    this.mailer = mailer;
    this.people = people;
    this.slack = slack;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * @return false when the notification was sent before (or is being sent by someone else): nothing was done
   * @throws NotificationFailed when a channel failed; the notification is tried again later
   */
  boolean send(Notification notification) {
    if (!notifications.claim(notification.id(), notification.kind(), clock.instant())) {
      return false;
    }
    List<String> failures = new ArrayList<>();
    for (People.Person person : people.reachableMembers(BusinessGroups.CEO)) {
      try {
        mailer.send(new OutgoingMail(notification.id() + ":" + person.id(), null, person.email(),
            notification.subject(), "Hello " + person.name() + ",\n\n" + notification.body()
                + "\n\nYou get this because you are in the group ceo of Business Builder.", List.of()));
      } catch (RuntimeException e) {
        failures.add("mail to " + person.id() + ": " + e.getMessage());
      }
    }
    slack.ifPresent(webhook -> {
      try {
        webhook.post(notification.slackText());
      } catch (RuntimeException e) {
        failures.add(e.getMessage());
      }
    });
    if (failures.isEmpty()) {
      notifications.sent(notification.id(), clock.instant());
      return true;
    }
    String error = String.join("; ", failures);
    notifications.failed(notification.id(), error);
    log.warn("Notification {} not sent, to be tried again: {}", notification.id(), error);
    throw new NotificationFailed(notification.id() + ": " + error);
  }

  /**
   * @param id unique per notification ("gate-opened:<gateId>"), the key of its mails and its record
   * @param kind gate-opened, gate-reminder, digest
   */
  record Notification(String id, String kind, String subject, String body, String slackText) {}

  static class NotificationFailed extends RuntimeException {
    NotificationFailed(String message) {
      super(message);
    }
  }
}
