package com.businessbuilder.lifecycle;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Operations: the runs of every pipeline that are stuck at an incident (from the read model), a finding. */
@Component
class OperationsMonitor extends DepartmentMonitor {

  private final JdbcClient jdbc;

  OperationsMonitor(MonitorReports reports, JdbcClient jdbc) {
    super(reports);
    this.jdbc = jdbc;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.MONITOR_OPERATIONS;
  }

  @Override
  String department() {
    return "operations";
  }

  @Override
  String roleConcerned() {
    return "it";
  }

  @Override
  Reading read(Initiative initiative) {
    long running = jdbc.sql("select count(*) from bb_run where status = 'RUNNING'").query(Long.class).single();
    long incidents = jdbc.sql("select count(*) from bb_run where status = 'RUNNING' and incidents <> '{}'")
        .query(Long.class).single();
    List<Issue> issues = incidents == 0 ? List.of() : List.of(new Issue("open-incidents", count(incidents,
        "run is", "runs are") + " stuck at an incident: find the cause and make the step robust"));
    return new Reading(List.of(new Figure("running-runs", number(running), "count"),
        new Figure("open-incidents", number(incidents), "count")), issues);
  }
}
