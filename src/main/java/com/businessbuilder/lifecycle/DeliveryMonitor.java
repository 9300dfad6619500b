package com.businessbuilder.lifecycle;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Delivery: the running projects, and their milestones past the due date and not yet accepted, a finding. */
@Component
class DeliveryMonitor extends DepartmentMonitor {

  private final JdbcClient jdbc;

  DeliveryMonitor(MonitorReports reports, JdbcClient jdbc) {
    super(reports);
    this.jdbc = jdbc;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.MONITOR_DELIVERY;
  }

  @Override
  String department() {
    return "delivery";
  }

  @Override
  String roleConcerned() {
    return "engineering";
  }

  @Override
  Reading read(Initiative initiative) {
    long running = jdbc.sql("select count(*) from bb_project where status = 'RUNNING'").query(Long.class).single();
    long overdue = jdbc.sql("select count(*) from bb_project_milestone m join bb_project p on p.id = m.project_id "
            + "where p.status = 'RUNNING' and m.due_date < ? and m.status not in ('ACCEPTED', 'INVOICED')")
        .param(Date.valueOf(LocalDate.now())).query(Long.class).single();
    List<Issue> issues = overdue == 0 ? List.of() : List.of(new Issue("overdue-milestones", count(overdue,
        "project milestone is", "project milestones are") + " past the due date: re-plan them or tell the clients"));
    return new Reading(List.of(new Figure("running-projects", number(running), "count"),
        new Figure("overdue-milestones", number(overdue), "count")), issues);
  }
}
