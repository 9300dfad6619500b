package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.time.Instant;
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

  private final InitiativeRepository initiatives;
  private final OperationsRecords records;

  DepartmentMonitor(InitiativeRepository initiatives, OperationsRecords records) {
    this.initiatives = initiatives;
    this.records = records;
  }

  /** The department the figures belong to. */
  abstract String department();

  abstract Reading read(Initiative initiative);

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    int period = Integer.parseInt(item.require(PERIOD));
    Reading reading = read(initiative);
    Instant now = Instant.now();
    reading.figures().forEach(figure -> records.snapshot(initiative.id(), new OperationsRecords.Kpi(department(),
        period, figure.name(), figure.value(), figure.unit(), now)));
    reading.issues().forEach(issue -> records.found(initiative.id(), new OperationsRecords.Finding(department(),
        period, issue.key(), issue.summary(), null, now)));
    return Map.of();
  }

  static BigDecimal number(long value) {
    return BigDecimal.valueOf(value);
  }
}
