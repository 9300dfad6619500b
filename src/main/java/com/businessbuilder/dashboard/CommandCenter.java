package com.businessbuilder.dashboard;

import com.businessbuilder.agent.AgentProperties;
import com.businessbuilder.approval.GateRecord;
import com.businessbuilder.quality.QualityGateProcess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the CEO sees on the home page, read from the read model ({@code bb_gate}, {@code bb_run}, the pipelines'
 * tables, {@code bb_agent_call}, {@code bb_deliverable*} and the ledger) in a fixed number of queries: aggregates
 * and short lists, never a query per run.
 */
@Service
class CommandCenter {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private final JdbcClient jdbc;
  private final Boards boards;
  private final RunRows runRows;
  private final DashboardProperties properties;
  private final AgentProperties agents;
  private final Clock clock;

  CommandCenter(JdbcClient jdbc, Boards boards, RunRows runRows, DashboardProperties properties,
      AgentProperties agents) {
    this.jdbc = jdbc;
    this.boards = boards;
    this.runRows = runRows;
    this.properties = properties;
    this.agents = agents;
    this.clock = Clock.systemUTC();
  }

  /** The gates waiting for the CEO, oldest first: two queries, plus the pipelines of the listed gates. */
  Gates gates() {
    long count = jdbc.sql("select count(*) from bb_gate where status = ?").param(GateRecord.OPEN)
        .query(Long.class).single();
    record Row(String id, String name, String processId, String key, String summary, Instant openedAt) {}
    List<Row> rows = jdbc.sql("select id, name, process_id, correlation_key, summary, opened_at from bb_gate "
            + "where status = ? order by opened_at, id limit ?")
        .params(GateRecord.OPEN, properties.listed())
        .query((rs, n) -> new Row(rs.getString("id"), rs.getString("name"), rs.getString("process_id"),
            rs.getString("correlation_key"), rs.getString("summary"), Rows.instant(rs, "opened_at")))
        .list();
    Map<String, String> pipelineOfKey = pipelinesOf(rows.stream().map(Row::key).toList());
    Instant now = clock.instant();
    List<WaitingGate> gates = rows.stream().map(row -> {
      String processId = pipelineOfKey.get(row.key());
      PipelineBoard board = processId == null ? null : boards.byProcess(processId).orElse(null);
      Duration waited = Duration.between(row.openedAt(), now);
      return new WaitingGate(row.id(), row.name(), board == null ? row.processId() : board.name(),
          board == null || row.key() == null ? null : board.path(row.key()), row.summary(), row.openedAt(),
          waited.toSeconds(), Durations.words(waited), TASKLIST_TASK + row.id());
    }).toList();
    return new Gates(count, gates);
  }

  /** Which top-level pipeline each key belongs to: one query. */
  private Map<String, String> pipelinesOf(List<String> keys) {
    Map<String, String> pipelines = new HashMap<>();
    List<String> known = keys.stream().filter(key -> key != null).distinct().toList();
    if (known.isEmpty()) {
      return pipelines;
    }
    jdbc.sql("select correlation_key, process_id from bb_run where correlation_key in (" + Rows.placeholders(known)
            + ") order by started_at")
        .params(new ArrayList<>(known))
        .query(rs -> {
          String processId = rs.getString("process_id");
          if (boards.byProcess(processId).isPresent()) {
            pipelines.putIfAbsent(rs.getString("correlation_key"), processId);
          }
        });
    return pipelines;
  }

  /** Every pipeline's funnel charts: the queries each board makes. */
  List<PipelineFunnel> funnel() {
    return boards.all().stream().map(board -> new PipelineFunnel(board.name(), board.funnel())).toList();
  }

  /** Open pipeline value, won, invoiced, paid: three queries. */
  Money money() {
    Map<String, long[]> deals = new HashMap<>();
    jdbc.sql("select status, count(*) as n, coalesce(sum(price), 0) as total from bb_deal group by status")
        .query(rs -> {
          deals.put(rs.getString("status"), new long[] {rs.getLong("n"), rs.getLong("total")});
        });
    long[] invoiced = jdbc.sql("select count(*) as n, coalesce(sum(total), 0) as total from bb_ledger_invoice")
        .query((rs, n) -> new long[] {rs.getLong("n"), rs.getBigDecimal("total").longValue()}).single();
    long[] paid = jdbc.sql("select count(*) as n, coalesce(sum(amount), 0) as total from bb_ledger_payment")
        .query((rs, n) -> new long[] {rs.getLong("n"), rs.getBigDecimal("total").longValue()}).single();
    long[] none = {0, 0};
    return new Money(agents.currency(), deals.getOrDefault("OPEN", none)[1], deals.getOrDefault("OPEN", none)[0],
        deals.getOrDefault("WON", none)[1], deals.getOrDefault("WON", none)[0], invoiced[1], invoiced[0], paid[1],
        paid[0]);
  }

  /**
   * Agent spend per day, per pipeline and for the pipelines that spent most (the latest first among equals, so the
   * list does not jump between runs that cost the same, as offline ones do), against the budget: three queries, plus
   * the titles of the listed records per pipeline.
   */
  Spend spend() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate first = today.minusDays(properties.spendDays() - 1L);
    Map<LocalDate, DaySpend> days = new LinkedHashMap<>();
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      days.put(day, new DaySpend(day, 0, BigDecimal.ZERO));
    }
    jdbc.sql("select cast(created_at as date) as spent_on, count(*) as calls, coalesce(sum(cost), 0) as cost "
            + "from bb_agent_call where created_at >= ? group by cast(created_at as date)")
        .param(Timestamp.from(first.atStartOfDay().toInstant(ZoneOffset.UTC)))
        .query(rs -> {
          LocalDate day = rs.getDate("spent_on").toLocalDate();
          days.computeIfPresent(day, (d, empty) -> {
            try {
              return new DaySpend(d, rs.getLong("calls"), rs.getBigDecimal("cost"));
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
        });
    List<PipelineSpend> byPipeline = new ArrayList<>();
    jdbc.sql("""
            select r.process_id as process_id, count(*) as calls, coalesce(sum(c.cost), 0) as cost,
              coalesce(sum(coalesce(c.input_tokens, 0) + coalesce(c.output_tokens, 0)), 0) as tokens
            from bb_agent_call c left join bb_run r on r.correlation_key = c.pipeline_key
            group by r.process_id order by cost desc""")
        .query(rs -> {
          String processId = rs.getString("process_id");
          String name = processId == null ? "other" : boards.byProcess(processId).map(PipelineBoard::name)
              .orElse(processId);
          byPipeline.add(new PipelineSpend(name, rs.getLong("calls"), rs.getLong("tokens"), rs.getBigDecimal("cost")));
        });
    BigDecimal budget = agents.budgetPerPipeline();
    record Top(String key, long calls, BigDecimal cost) {}
    List<Top> top = jdbc.sql("select pipeline_key, count(*) as calls, coalesce(sum(cost), 0) as cost "
            + "from bb_agent_call where pipeline_key is not null group by pipeline_key "
            + "order by coalesce(sum(cost), 0) desc, max(created_at) desc, pipeline_key limit 5")
        .query((rs, n) -> new Top(rs.getString("pipeline_key"), rs.getLong("calls"), rs.getBigDecimal("cost")))
        .list();
    Map<String, String> pipelineOfKey = pipelinesOf(top.stream().map(Top::key).toList());
    Map<String, String> titles = boards.titles(Boards.keysByProcess(top, t -> pipelineOfKey.get(t.key()), Top::key));
    List<RecordSpend> topRecords = top.stream().map(t -> {
      PipelineBoard board = boards.byProcess(pipelineOfKey.getOrDefault(t.key(), "")).orElse(null);
      int percent = budget.signum() == 0 ? 0 : t.cost().multiply(BigDecimal.valueOf(100))
          .divide(budget, 0, RoundingMode.HALF_UP).intValue();
      return new RecordSpend(titles.getOrDefault(t.key(), t.key()), board == null ? null : board.path(t.key()),
          t.calls(), t.cost(), percent);
    }).toList();
    BigDecimal total = byPipeline.stream().map(PipelineSpend::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    long calls = byPipeline.stream().mapToLong(PipelineSpend::calls).sum();
    return new Spend(agents.currency(), budget, total, calls, new ArrayList<>(days.values()), byPipeline, topRecords);
  }

  /** QA scores, first-pass rate and escalations: three queries. */
  Quality quality() {
    Map<String, Long> buckets = new LinkedHashMap<>();
    for (int bucket = 0; bucket < 10; bucket++) {
      buckets.put(bucketLabel(bucket), 0L);
    }
    jdbc.sql("select qa_score / 10 as bucket, count(*) as n from bb_deliverable_version where qa_score is not null "
            + "group by qa_score / 10")
        .query(rs -> {
          buckets.merge(bucketLabel(Math.max(0, Math.min(9, rs.getInt("bucket")))), rs.getLong("n"), Long::sum);
        });
    long[] settled = jdbc.sql("select count(*) as n, coalesce(sum(case when status = 'PASSED' and final_version = 1 "
            + "then 1 else 0 end), 0) as first_pass from bb_deliverable where status in ('PASSED', 'ACCEPTED', 'REJECTED')")
        .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("first_pass")}).single();
    long[] escalations = jdbc.sql("select count(*) as n, coalesce(sum(case when status = ? then 1 else 0 end), 0) "
            + "as open from bb_gate where gate = ?")
        .params(GateRecord.OPEN, QualityGateProcess.Elements.DECIDE_ON_DELIVERABLE)
        .query((rs, n) -> new long[] {rs.getLong("n"), rs.getLong("open")}).single();
    Integer rate = settled[0] == 0 ? null : (int) Math.round(100.0 * settled[1] / settled[0]);
    return new Quality(buckets, settled[0], settled[1], rate, escalations[0], escalations[1]);
  }

  private static String bucketLabel(int bucket) {
    return bucket == 9 ? "90–100" : bucket * 10 + "–" + (bucket * 10 + 9);
  }

  /** Runs held by an incident, newest first, in words: two queries plus one per pipeline for the titles. */
  Incidents incidents(int limit) {
    long count = jdbc.sql("select count(*) from bb_run where status = 'RUNNING' and incidents <> '{}'")
        .query(Long.class).single();
    List<RunRows.Run> runs = jdbc.sql("select " + RunRows.COLUMNS + " from bb_run where status = 'RUNNING' "
            + "and incidents <> '{}' order by updated_at desc, run_id limit ?")
        .param(limit).query((rs, n) -> runRows.read(rs)).list();
    Map<String, String> titles = boards.titles(Boards.keysByProcess(runs, RunRows.Run::processId, RunRows.Run::key));
    List<IncidentLine> lines = runs.stream().map(run -> {
      PipelineBoard board = boards.byProcess(run.processId()).orElse(null);
      String pipeline = board == null ? run.processId() : board.name();
      String title = titles.getOrDefault(run.key(), run.key());
      String step = run.where();
      String message = run.incidents().values().iterator().next();
      String words = pipeline + " of " + title + " is stopped" + (step == null ? "" : " at “" + step + "”")
          + ": " + message;
      return new IncidentLine(run.runId(), pipeline, title, step, message, words,
          board == null || run.key() == null ? null : board.path(run.key()),
          "/camunda/app/cockpit/default/#/process-instance/" + run.runId() + "/runtime?tab=incidents-tab",
          run.updatedAt(), run.incidents().size());
    }).toList();
    return new Incidents(count, lines);
  }

  record Gates(long count, List<WaitingGate> oldest) {}

  record WaitingGate(String id, String name, String pipeline, String recordPath, String summary, Instant openedAt,
      long waitedSeconds, String waited, String tasklistLink) {}

  record PipelineFunnel(String pipeline, List<FunnelSection> sections) {}

  record Money(String currency, long openValue, long openDeals, long won, long wonDeals, long invoiced,
      long invoices, long paid, long payments) {}

  record Spend(String currency, BigDecimal budgetPerPipeline, BigDecimal total, long calls, List<DaySpend> days,
      List<PipelineSpend> byPipeline, List<RecordSpend> top) {}

  record DaySpend(LocalDate day, long calls, BigDecimal cost) {}

  record PipelineSpend(String pipeline, long calls, long tokens, BigDecimal cost) {}

  record RecordSpend(String title, String path, long calls, BigDecimal cost, int percentOfBudget) {}

  record Quality(Map<String, Long> scores, long settled, long firstPass, Integer firstPassRate, long escalations,
      long escalationsOpen) {}

  record Incidents(long count, List<IncidentLine> latest) {}

  record IncidentLine(String runId, String pipeline, String title, String step, String message, String words,
      String recordPath, String cockpitLink, Instant since, int incidents) {}
}
