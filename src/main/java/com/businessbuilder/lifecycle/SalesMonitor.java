package com.businessbuilder.lifecycle;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sales: the open deals, and those waiting on the client (for a reply or an answer to a proposal) for longer than
 * {@code bb.lifecycle.overdue-follow-up-days}, which are a finding.
 */
@Component
class SalesMonitor extends DepartmentMonitor {

  private final JdbcClient jdbc;
  private final LifecycleProperties properties;

  SalesMonitor(MonitorReports reports, JdbcClient jdbc,
      LifecycleProperties properties) {
    super(reports);
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.MONITOR_SALES;
  }

  @Override
  String department() {
    return "sales";
  }

  @Override
  String roleConcerned() {
    return "sales";
  }

  @Override
  Reading read(Initiative initiative) {
    long open = jdbc.sql("select count(*) from bb_deal where status = 'OPEN'").query(Long.class).single();
    long waiting = jdbc.sql("select count(*) from bb_deal where status = 'OPEN' and stage in ('AWAITING_REPLY', "
            + "'AWAITING_ANSWER') and updated_at < ?")
        .param(Timestamp.from(Instant.now().minus(Duration.ofDays(properties.overdueFollowUpDays()))))
        .query(Long.class).single();
    List<Issue> issues = waiting == 0 ? List.of() : List.of(new Issue("deals-waiting", count(waiting, "deal has",
        "deals have") + " waited on the client for more than " + properties.overdueFollowUpDays() + " days: follow up "
        + "or close"));
    return new Reading(List.of(new Figure("open-deals", number(open), "count"),
        new Figure("deals-waiting-past-follow-up", number(waiting), "count")), issues);
  }
}
