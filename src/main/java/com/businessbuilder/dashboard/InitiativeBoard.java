package com.businessbuilder.dashboard;

import com.businessbuilder.agent.AgentProperties;
import com.businessbuilder.dashboard.RecordPage.Fact;
import com.businessbuilder.dashboard.RecordPage.Table;
import com.businessbuilder.dashboard.RecordPage.TimelineEntry;
import com.businessbuilder.lifecycle.BusinessLifecycleProcess;
import com.businessbuilder.lifecycle.Initiative;
import com.businessbuilder.lifecycle.InitiativePhase;
import com.businessbuilder.work.WorkTaskStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The business lifecycle on the command center: initiatives by phase and status, a page per initiative with its
 * goal, budget against the plan's cost and the agents' spend, its tasks per department and status, the latest KPI
 * snapshot per department and KPI, the findings with the improvement task each became, and the CEO's messages, from
 * {@code bb_initiative}, {@code bb_work_task}, {@code bb_kpi_snapshot}, {@code bb_initiative_finding} and
 * {@code bb_initiative_message}: five queries.
 */
@Component
@Order(4)
class InitiativeBoard implements PipelineBoard {

  static final String PROCESS_ID = BusinessLifecycleProcess.PROCESS_ID;
  private static final List<String> PHASES = Arrays.stream(InitiativePhase.values()).map(Enum::name).toList();
  private static final List<String> STATUSES = List.of(Initiative.RUNNING, Initiative.RETIRED, Initiative.REJECTED,
      Initiative.STOPPED, Initiative.CANCELLED);
  private static final List<String> TASK_STATUSES = Arrays.stream(WorkTaskStatus.values()).map(Enum::name).toList();

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final AgentProperties agents;

  InitiativeBoard(JdbcClient jdbc, ObjectMapper json, AgentProperties agents) {
    this.jdbc = jdbc;
    this.json = json;
    this.agents = agents;
  }

  @Override
  public String processId() {
    return PROCESS_ID;
  }

  @Override
  public String name() {
    return "Business lifecycle";
  }

  @Override
  public String segment() {
    return "initiatives";
  }

  @Override
  public String recordName() {
    return "initiative";
  }

  @Override
  public Map<String, String> titles(Collection<String> keys) {
    Map<String, String> goals = Rows.titles(jdbc, "bb_initiative", "goal", keys);
    goals.replaceAll((id, goal) -> Initiative.titleOf(goal));
    return goals;
  }

  @Override
  public List<FunnelSection> funnel() {
    return Rows.funnel(jdbc, "bb_initiative", "initiatives", "phase", PHASES, "status", STATUSES);
  }

  @Override
  public Optional<RecordPage> page(String key) {
    return jdbc.sql("""
            select i.id, i.goal, i.constraints_text, i.budget, i.currency, i.deadline, i.status, i.phase,
              i.current_step, i.incident, i.missing_capabilities, i.cost_estimate, i.timeline_days, i.plan_problems,
              i.replan_reason, i.readiness, i.process_instance_id, i.submitted_by, i.created_at, i.launched_at,
              i.ended_at,
              (select coalesce(sum(c.cost), 0) from bb_agent_call c where c.pipeline_key = i.id) as agent_spend
            from bb_initiative i where i.id = ?""")
        .param(key)
        .query((rs, row) -> {
          String currency = rs.getString("currency");
          BigDecimal budget = rs.getBigDecimal("budget");
          BigDecimal cost = rs.getBigDecimal("cost_estimate");
          BigDecimal spent = rs.getBigDecimal("agent_spend");
          List<Fact> facts = new ArrayList<>();
          facts.add(Fact.of("Goal", rs.getString("goal")));
          facts.add(Fact.of("Status", rs.getString("status")));
          facts.add(Fact.of("Phase", rs.getString("phase")));
          facts.add(Fact.of("Current step", rs.getString("current_step")));
          facts.add(Fact.of("Constraints", constraints(rs.getString("constraints_text"))));
          facts.add(Fact.of("Budget", money(currency, budget)));
          facts.add(Fact.of("Plan cost", cost == null ? null : money(currency, cost) + share(cost, budget)));
          facts.add(Fact.of("Agent spend", agents.currency() + " "
              + spent.setScale(2, RoundingMode.HALF_UP).toPlainString()
              + (agents.currency().equals(currency) ? share(spent, budget) : "")));
          facts.add(Fact.of("Deadline", rs.getDate("deadline") + (rs.getObject("timeline_days") == null ? ""
              : " · the plan takes " + rs.getInt("timeline_days") + " days")));
          facts.add(Fact.of("Missing capabilities", rs.getString("missing_capabilities")));
          facts.add(Fact.of("Plan problems", rs.getString("plan_problems")));
          facts.add(Fact.of("Re-planned because", rs.getString("replan_reason")));
          facts.add(Fact.of("Launch readiness", rs.getString("readiness")));
          facts.add(Fact.of("Started by", rs.getString("submitted_by")));
          facts.add(Fact.of("Incident", rs.getString("incident")));
          List<TimelineEntry> events = new ArrayList<>();
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "message", "Initiative started",
              rs.getString("submitted_by") == null ? null : "by " + rs.getString("submitted_by"), null));
          if (rs.getTimestamp("launched_at") != null) {
            events.add(new TimelineEntry(Rows.instant(rs, "launched_at"), "decision", "Launched", null, null));
          }
          if (rs.getTimestamp("ended_at") != null) {
            events.add(new TimelineEntry(Rows.instant(rs, "ended_at"), "decision",
                "Initiative ended as " + rs.getString("status"), null, null));
          }
          return new RecordPage(key, Initiative.titleOf(rs.getString("goal")), rs.getString("status") + " · "
              + rs.getString("phase"), rs.getString("process_instance_id"),
              facts.stream().filter(f -> f.value() != null).toList(), events);
        })
        .optional()
        .map(page -> {
          List<TimelineEntry> events = new ArrayList<>(page.events());
          events.addAll(messages(key));
          Table findings = findings(key, events);
          return new RecordPage(page.key(), page.title(), page.status(), page.runId(), page.facts(), events,
              List.of(tasks(key), kpis(key), findings));
        });
  }

  /** The tasks per department (a row) and status (a column, those that occur), with a total per department. */
  private Table tasks(String initiativeId) {
    Map<String, Map<String, Long>> byDepartment = new TreeMap<>();
    jdbc.sql("select task_group, status, count(*) as n from bb_work_task where owner_key = ? "
            + "group by task_group, status")
        .param(initiativeId)
        .query(rs -> {
          byDepartment.computeIfAbsent(rs.getString("task_group") == null ? "none" : rs.getString("task_group"),
              department -> new TreeMap<>()).merge(rs.getString("status"), rs.getLong("n"), Long::sum);
        });
    List<String> statuses = TASK_STATUSES.stream()
        .filter(status -> byDepartment.values().stream().anyMatch(counts -> counts.containsKey(status))).toList();
    List<List<String>> rows = byDepartment.entrySet().stream().map(department -> Stream.concat(Stream.concat(
            Stream.of(department.getKey()),
            statuses.stream().map(status -> String.valueOf(department.getValue().getOrDefault(status, 0L)))),
        Stream.of(String.valueOf(department.getValue().values().stream().mapToLong(Long::longValue).sum())))
        .toList()).toList();
    List<String> columns = new ArrayList<>();
    columns.add("Department");
    columns.addAll(statuses);
    columns.add("Total");
    return new Table("tasks", "Tasks by department", columns, rows, "No tasks planned yet.");
  }

  /** The latest snapshot of each department's KPIs. */
  private Table kpis(String initiativeId) {
    List<List<String>> rows = jdbc.sql("""
            select s.department, s.kpi, s.kpi_value, s.unit, s.period, s.taken_at from bb_kpi_snapshot s
            where s.initiative_id = ? and s.period = (select max(l.period) from bb_kpi_snapshot l
              where l.initiative_id = s.initiative_id and l.department = s.department and l.kpi = s.kpi)
            order by s.department, s.kpi""")
        .param(initiativeId)
        .query((rs, n) -> List.of(rs.getString("department"), rs.getString("kpi"),
            rs.getBigDecimal("kpi_value").stripTrailingZeros().toPlainString() + " " + rs.getString("unit"),
            String.valueOf(rs.getInt("period")), TimelineEntry.SHOWN.format(Rows.instant(rs, "taken_at"))))
        .list();
    return new Table("kpis", "Latest KPIs", List.of("Department", "KPI", "Value", "Cycle", "Taken"), rows,
        "No operations cycle yet: the department monitors report once the initiative operates.");
  }

  /** The monitors' findings and the improvement task each became; each is an entry of the timeline as well. */
  private Table findings(String initiativeId, List<TimelineEntry> events) {
    List<List<String>> rows = new ArrayList<>();
    jdbc.sql("""
            select f.department, f.period, f.summary, f.work_task_key, f.created_at, t.title, t.status
            from bb_initiative_finding f
            left join bb_work_task t on t.owner_key = f.initiative_id and t.task_key = f.work_task_key
            where f.initiative_id = ? order by f.period, f.department, f.finding_key""")
        .param(initiativeId)
        .query(rs -> {
          String task = rs.getString("work_task_key") == null ? "none yet" : rs.getString("work_task_key")
              + (rs.getString("title") == null ? "" : " " + rs.getString("title") + " (" + rs.getString("status")
                  + ")");
          rows.add(List.of(rs.getString("department"), String.valueOf(rs.getInt("period")), rs.getString("summary"),
              task));
          events.add(new TimelineEntry(Rows.instant(rs, "created_at"), "quality",
              "Finding of " + rs.getString("department") + ": " + rs.getString("summary"),
              "improvement task: " + task, null));
        });
    return new Table("findings", "Findings and improvements", List.of("Department", "Cycle", "Finding",
        "Improvement task"), rows, "No findings yet.");
  }

  /** The CEO's instructions, strategic changes and retirement. */
  private List<TimelineEntry> messages(String initiativeId) {
    return jdbc.sql("select type, text, sent_by, created_at from bb_initiative_message where initiative_id = ?")
        .param(initiativeId)
        .query((rs, n) -> new TimelineEntry(Rows.instant(rs, "created_at"), "message",
            "The CEO sent: " + rs.getString("type"), rs.getString("text") == null ? null
                : "“" + rs.getString("text") + "”" + (rs.getString("sent_by") == null ? ""
                    : " — " + rs.getString("sent_by")), null))
        .list();
  }

  private String constraints(String text) {
    try {
      List<String> constraints = text == null ? List.of() : json.readValue(text, new TypeReference<List<String>>() {});
      return constraints.isEmpty() ? null : String.join(" · ", constraints);
    } catch (JsonProcessingException e) {
      return text;
    }
  }

  private static String share(BigDecimal part, BigDecimal budget) {
    return budget.signum() == 0 ? "" : " (" + part.multiply(BigDecimal.valueOf(100))
        .divide(budget, 0, RoundingMode.HALF_UP) + " % of the budget)";
  }

  private static String money(String currency, BigDecimal amount) {
    return currency + " " + String.format("%,.2f", amount);
  }
}
