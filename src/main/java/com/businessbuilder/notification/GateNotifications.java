package com.businessbuilder.notification;

import com.businessbuilder.approval.GateOpened;
import com.businessbuilder.approval.GateRecord;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the CEO about their gates: when one opens (the {@link GateOpened} event, delivered after the engine's
 * transaction committed, on another thread, so a slow or failing mail server or webhook never holds or fails a
 * process), and once more when one has waited longer than {@code bb.notifications.remind-after}. A failed
 * notification leaves the event's publication incomplete, and it is delivered again ({@code bb.events.*}); a failed
 * reminder is tried at the next check.
 */
class GateNotifications {

  private static final Logger log = LoggerFactory.getLogger(GateNotifications.class);
  static final String TASK = "/camunda/app/tasklist/default/#/?task=";

  private final Notifier notifier;
  private final JdbcClient jdbc;
  private final NotificationProperties properties;
  private final Clock clock;

  GateNotifications(Notifier notifier, JdbcClient jdbc, NotificationProperties properties, Clock clock) {
    this.notifier = notifier;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Async
  @TransactionalEventListener
  void on(GateOpened gate) {
    notifier.send(opened(gate));
  }

  Notifier.Notification opened(GateOpened gate) {
    String link = properties.link(TASK + gate.gateId());
    return new Notifier.Notification("gate-opened:" + gate.gateId(), "gate-opened",
        "Waiting for your decision: " + gate.name(),
        gate.name() + (gate.summary() == null ? "" : "\n" + gate.summary())
            + "\n\nDecide in Tasklist: " + link + "\nEverything waiting for you: " + properties.link("/"),
        "Waiting for your decision: <" + link + "|" + gate.name() + ">");
  }

  /** Reminds of every gate open longer than the setting and not reminded of yet; answers how many were sent. */
  int remind(Instant now) {
    record Waiting(String id, String name, Instant openedAt) {}
    List<Waiting> waiting = jdbc.sql("""
            select g.id, g.name, g.opened_at from bb_gate g
            where g.status = ? and g.opened_at < ?
              and not exists (select 1 from bb_notification n where n.id = 'gate-reminder:' || g.id and n.status = ?)
            order by g.opened_at, g.id limit 100""")
        .params(GateRecord.OPEN, Timestamp.from(now.minus(properties.remindAfter())), NotificationLog.SENT)
        .query((rs, row) -> new Waiting(rs.getString("id"), rs.getString("name"),
            rs.getTimestamp("opened_at").toInstant()))
        .list();
    int sent = 0;
    for (Waiting gate : waiting) {
      String link = properties.link(TASK + gate.id());
      String waited = hours(Duration.between(gate.openedAt(), now));
      try {
        if (notifier.send(new Notifier.Notification("gate-reminder:" + gate.id(), "gate-reminder",
            "Still waiting for your decision (" + waited + "): " + gate.name(),
            gate.name() + " has waited " + waited + ".\n\nDecide in Tasklist: " + link,
            "Still waiting (" + waited + "): <" + link + "|" + gate.name() + ">"))) {
          sent++;
        }
      } catch (Notifier.NotificationFailed failed) {
        log.debug("Reminder to be tried again at the next check: {}", failed.getMessage());
      }
    }
    return sent;
  }

  private static String hours(Duration duration) {
    long hours = duration.toHours();
    return hours >= 48 ? duration.toDays() + " days" : hours + " hours";
  }

  Clock clock() {
    return clock;
  }
}
