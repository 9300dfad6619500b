package com.businessbuilder.notification;

import com.businessbuilder.approval.GateRecord;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CEO's morning mail: what waits for them, what came in and closed in the last day, what it cost, what is
 * stuck. Sent once per day from {@code bb.notifications.digest-at} on (or at the first check after, when the
 * application was not running then).
 */
class DailyDigest {

  private final Notifier notifier;
  private final JdbcClient jdbc;
  private final NotificationProperties properties;

  DailyDigest(Notifier notifier, JdbcClient jdbc, NotificationProperties properties) {
    this.notifier = notifier;
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** The digest of the day {@code now} falls on, once it is due; empty when it is not due yet. */
  Optional<Notifier.Notification> due(Instant now) {
    ZonedDateTime local = now.atZone(properties.zone());
    if (local.toLocalTime().isBefore(properties.digestAt())) {
      return Optional.empty();
    }
    return Optional.of(digest(local.toLocalDate(), now));
  }

  Notifier.Notification digest(LocalDate day, Instant now) {
    Timestamp since = Timestamp.from(now.minus(1, ChronoUnit.DAYS));
    long gates = count("select count(*) from bb_gate where status = ?", GateRecord.OPEN);
    Timestamp oldest = jdbc.sql("select min(opened_at) from bb_gate where status = ?").param(GateRecord.OPEN)
        .query(Timestamp.class).optional().orElse(null);
    long leads = count("select count(*) from bb_lead where created_at >= ?", since);
    long deals = count("select count(*) from bb_deal where created_at >= ?", since);
    long won = count("select coalesce(sum(price), 0) from bb_deal where status = 'WON' and closed_at >= ?", since);
    long lost = count("select count(*) from bb_deal where status = 'LOST' and closed_at >= ?", since);
    long incidents = count("select count(*) from bb_run where status = 'RUNNING' and incidents <> ?", "{}");
    BigDecimal spend = jdbc.sql("select coalesce(sum(cost), 0) from bb_agent_call where created_at >= ?")
        .param(since).query(BigDecimal.class).single();
    String body = """
        Your company in the last 24 hours:

        - %d gates wait for your decision%s
        - %d new leads, %d deals opened
        - won: EUR %,d; %d deals lost
        - agent spend: %s
        - %d runs stopped by an error (the operators retry them in Cockpit)

        Everything waiting for you: %s""".formatted(gates, oldest == null ? "" : ", the oldest since "
            + oldest.toInstant().truncatedTo(ChronoUnit.MINUTES), leads, deals, won, lost,
        spend.stripTrailingZeros().toPlainString(), incidents, properties.link("/"));
    return new Notifier.Notification("digest:" + day, "digest", "Business Builder, " + day + ": " + gates
        + " gates wait for you", body, "Daily digest " + day + ": " + gates + " gates wait, " + leads
        + " new leads, " + incidents + " incidents. <" + properties.link("/") + "|Command center>");
  }

  private long count(String sql, Object parameter) {
    return jdbc.sql(sql).param(parameter).query(Long.class).single();
  }
}
