package com.businessbuilder.lifecycle;

import com.businessbuilder.governance.Tensions;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Where a department monitor's reading goes: its figures and findings for the period, written once; a finding the
 * monitor has made in {@value #CYCLES_IN_A_ROW} cycles in a row is no accident but a gap in a role, so it raises a
 * tension on the department's role (once while it is open) for governance to work out.
 */
@Component
class MonitorReports {

  static final int CYCLES_IN_A_ROW = 3;

  private final InitiativeRepository initiatives;
  private final OperationsRecords records;
  private final Tensions tensions;

  MonitorReports(InitiativeRepository initiatives, OperationsRecords records, Tensions tensions) {
    this.initiatives = initiatives;
    this.records = records;
    this.tensions = tensions;
  }

  Initiative initiative(String id) {
    return initiatives.require(id);
  }

  void report(String initiativeId, String department, String roleConcerned, int period,
      DepartmentMonitor.Reading reading) {
    Instant now = Instant.now();
    reading.figures().forEach(figure -> records.snapshot(initiativeId, new OperationsRecords.Kpi(department, period,
        figure.name(), figure.value(), figure.unit(), now)));
    reading.issues().forEach(issue -> records.found(initiativeId, new OperationsRecords.Finding(department, period,
        issue.key(), issue.summary(), null, now)));
    for (DepartmentMonitor.Issue issue : reading.issues()) {
      if (recurring(initiativeId, department, period, issue.key())) {
        tensions.raise("monitor:" + department, roleConcerned, "The " + department + " monitor has found \""
                + issue.key() + "\" in " + CYCLES_IN_A_ROW + " operations cycles in a row; improvement tasks have "
                + "not removed it.",
            "The role's accountabilities and policies prevent \"" + issue.key() + "\" instead of improvement "
                + "tasks repairing it every cycle.");
      }
    }
  }

  private boolean recurring(String initiativeId, String department, int period, String key) {
    Set<Integer> periods = records.findings(initiativeId).stream()
        .filter(finding -> finding.department().equals(department) && finding.key().equals(key))
        .map(OperationsRecords.Finding::period).collect(Collectors.toSet());
    for (int earlier = period - CYCLES_IN_A_ROW + 1; earlier <= period; earlier++) {
      if (!periods.contains(earlier)) {
        return false;
      }
    }
    return true;
  }
}
