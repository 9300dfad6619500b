package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A department's perpetual agent: in every operations cycle it takes its figures (KPI snapshots) and says what it
 * found that should be improved. A monitor that fails raises an incident on its own step; the next cycle runs
 * anyway. Figures and findings are written once per period.
 */
abstract class DepartmentMonitor implements TaskHandler {

  /** What the monitor saw: figures, and findings (a stable key per kind of finding, and what it is, in words). */
  record Reading(List<Figure> figures, List<Issue> issues) {}

  record Figure(String name, BigDecimal value, String unit) {}

  record Issue(String key, String summary) {}

  private final MonitorReports reports;

  DepartmentMonitor(MonitorReports reports) {
    this.reports = reports;
  }

  /** The department the figures belong to. */
  abstract String department();

  /** The role a recurring finding raises a tension on: the department's own. */
  abstract String roleConcerned();

  abstract Reading read(Initiative initiative);

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = reports.initiative(item.require(INITIATIVE_ID));
    reports.report(initiative.id(), department(), roleConcerned(), Integer.parseInt(item.require(PERIOD)),
        read(initiative));
    return Map.of();
  }

  /** "1 run", "3 runs". */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static BigDecimal number(long value) {
    return BigDecimal.valueOf(value);
  }
}
