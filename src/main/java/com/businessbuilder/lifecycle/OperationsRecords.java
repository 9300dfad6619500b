package com.businessbuilder.lifecycle;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What operating an initiative leaves behind: its cycles ({@code bb_operations_cycle}), the monitors' KPI snapshots
 * ({@code bb_kpi_snapshot}) and findings ({@code bb_initiative_finding}). Each is written once per period: a retried
 * monitor finds its rows and writes nothing again.
 */
@Repository
class OperationsRecords {

  /** One figure a monitor took. */
  record Kpi(String department, int period, String name, BigDecimal value, String unit, Instant takenAt) {}

  /** Something a monitor found that should be improved; {@code taskKey} once it became a task. */
  record Finding(String department, int period, String key, String summary, String taskKey, Instant foundAt) {}

  private final JdbcClient jdbc;

  OperationsRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The period of the cycle this work item opens: the next one, or the one it opened before (a retry). */
  int openCycle(String initiativeId, String openedBy) {
    Optional<Integer> earlier = jdbc.sql("select period from bb_operations_cycle where opened_by = ?")
        .param(openedBy).query(Integer.class).optional();
    if (earlier.isPresent()) {
      return earlier.get();
    }
    int period = jdbc.sql("select coalesce(max(period), 0) + 1 from bb_operations_cycle where initiative_id = ?")
        .param(initiativeId).query(Integer.class).single();
    jdbc.sql("insert into bb_operations_cycle (initiative_id, period, opened_by, opened_at) values (?, ?, ?, ?)")
        .params(initiativeId, period, openedBy, Timestamp.from(Instant.now())).update();
    return period;
  }

  /** Takes the figure unless this period has it already (a retried monitor). */
  void snapshot(String initiativeId, Kpi kpi) {
    jdbc.sql("insert into bb_kpi_snapshot (id, initiative_id, department, period, kpi, kpi_value, unit, taken_at) "
            + "select ?, ?, ?, ?, ?, ?, ?, ? from bb_operations_cycle where initiative_id = ? and period = ? "
            + "and not exists (select 1 from bb_kpi_snapshot where initiative_id = ? and department = ? "
            + "and period = ? and kpi = ?)")
        .params(UUID.randomUUID().toString(), initiativeId, kpi.department(), kpi.period(), kpi.name(), kpi.value(),
            kpi.unit(), Timestamp.from(Instant.now()), initiativeId, kpi.period(), initiativeId, kpi.department(),
            kpi.period(), kpi.name())
        .update();
  }

  /** Records the finding unless this period has it already (a retried monitor). */
  void found(String initiativeId, Finding finding) {
    jdbc.sql("insert into bb_initiative_finding (id, initiative_id, department, period, finding_key, summary, "
            + "created_at) select ?, ?, ?, ?, ?, ?, ? from bb_operations_cycle where initiative_id = ? and period = ? "
            + "and not exists (select 1 from bb_initiative_finding where initiative_id = ? and department = ? "
            + "and period = ? and finding_key = ?)")
        .params(UUID.randomUUID().toString(), initiativeId, finding.department(), finding.period(), finding.key(),
            finding.summary(), Timestamp.from(Instant.now()), initiativeId, finding.period(), initiativeId,
            finding.department(), finding.period(), finding.key())
        .update();
  }

  /** The figures of every period, newest first. */
  List<Kpi> kpis(String initiativeId) {
    return jdbc.sql("select department, period, kpi, kpi_value, unit, taken_at from bb_kpi_snapshot "
            + "where initiative_id = ? order by period desc, department, kpi")
        .param(initiativeId)
        .query((rs, row) -> new Kpi(rs.getString("department"), rs.getInt("period"), rs.getString("kpi"),
            rs.getBigDecimal("kpi_value"), rs.getString("unit"), rs.getTimestamp("taken_at").toInstant()))
        .list();
  }

  List<Finding> findings(String initiativeId) {
    return jdbc.sql("select department, period, finding_key, summary, work_task_key, created_at "
            + "from bb_initiative_finding where initiative_id = ? order by period desc, department, finding_key")
        .param(initiativeId)
        .query((rs, row) -> new Finding(rs.getString("department"), rs.getInt("period"), rs.getString("finding_key"),
            rs.getString("summary"), rs.getString("work_task_key"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  List<Finding> findings(String initiativeId, int period) {
    return findings(initiativeId).stream().filter(finding -> finding.period() == period).toList();
  }

  void becameTask(String initiativeId, Finding finding, String taskKey) {
    jdbc.sql("update bb_initiative_finding set work_task_key = ? where initiative_id = ? and department = ? "
            + "and period = ? and finding_key = ?")
        .params(taskKey, initiativeId, finding.department(), finding.period(), finding.key()).update();
  }
}
