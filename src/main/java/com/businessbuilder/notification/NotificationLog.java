package com.businessbuilder.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every notification ({@code bb_notification}), outside any caller's transaction (a refused insert
 * must not spoil one on PostgreSQL): a notification is claimed before it goes out, so two deliveries of one event, or
 * two instances checking for reminders, send it once.
 */
@Repository
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotificationLog {

  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";
  /** A claim this old whose sender never reported back (it died) may be taken over. */
  static final Duration ABANDONED = Duration.ofMinutes(10);

  private final JdbcClient jdbc;

  NotificationLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether this caller may send the notification now: new, failed before, or abandoned by a sender that died. */
  boolean claim(String id, String kind, Instant now) {
    try {
      jdbc.sql("insert into bb_notification (id, kind, status, attempts, created_at, claimed_at) values (?, ?, ?, 1, ?, ?)")
          .params(id, kind, SENDING, Timestamp.from(now), Timestamp.from(now)).update();
      return true;
    } catch (DuplicateKeyException known) {
      return jdbc.sql("update bb_notification set status = ?, attempts = attempts + 1, claimed_at = ? where id = ? "
              + "and (status = ? or (status = ? and claimed_at < ?))")
          .params(SENDING, Timestamp.from(now), id, FAILED, SENDING, Timestamp.from(now.minus(ABANDONED)))
          .update() == 1;
    }
  }

  void sent(String id, Instant now) {
    jdbc.sql("update bb_notification set status = ?, sent_at = ?, last_error = null where id = ?")
        .params(SENT, Timestamp.from(now), id).update();
  }

  void failed(String id, String error) {
    jdbc.sql("update bb_notification set status = ?, last_error = ? where id = ?")
        .params(FAILED, error.length() > 2000 ? error.substring(0, 2000) : error, id).update();
  }

  String status(String id) {
    return jdbc.sql("select status from bb_notification where id = ?").param(id).query(String.class).optional()
        .orElse(null);
  }
}
