package com.businessbuilder.dashboard;

import com.businessbuilder.engine.EngineLoad;
import com.businessbuilder.worker.WorkerLoad;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an operator sees on the home page: the worker's load, the engine's backlog of work for workers, and runs
 * stuck at a machine step for longer than {@code bb.dashboard.stuck-after}; incidents come from {@link
 * CommandCenter#incidents}. A fixed number of queries.
 */
@Service
class Operations {

  /** Steps a machine does; a run that sits at one of them for long is stuck, one waiting for a person is not. */
  private static final List<String> MACHINE_STEPS = List.of("serviceTask", "sendTask", "businessRuleTask",
      "scriptTask");

  private final JdbcClient jdbc;
  private final Boards boards;
  private final RunRows runRows;
  private final DashboardProperties properties;
  private final ObjectProvider<WorkerLoad> worker;
  private final EngineLoad engine;
  private final Clock clock = Clock.systemUTC();

  Operations(JdbcClient jdbc, Boards boards, RunRows runRows, DashboardProperties properties,
      ObjectProvider<WorkerLoad> worker, EngineLoad engine) {
    this.jdbc = jdbc;
    this.boards = boards;
    this.runRows = runRows;
    this.properties = properties;
    this.worker = worker;
    this.engine = engine;
  }

  Worker worker() {
    WorkerLoad load = worker.getIfAvailable();
    EngineLoad.Backlog backlog = engine.backlog();
    return new Worker(load != null && load.fetching(), load == null ? 0 : load.callsInFlight(),
        load == null ? 0 : load.capacity(), backlog.waiting(), backlog.locked(), backlog.retrying(),
        backlog.exhausted());
  }

  /** Running runs without an incident whose machine step has not moved for too long: two queries and the titles. */
  Stuck stuck() {
    Instant before = clock.instant().minus(properties.stuckAfter());
    String machineStep = MACHINE_STEPS.stream().map(type -> "active like '%\"type\":\"" + type + "\"%'")
        .reduce((a, b) -> a + " or " + b).orElseThrow();
    String where = " from bb_run where status = 'RUNNING' and incidents = '{}' and updated_at < ? and ("
        + machineStep + ")";
    long count = jdbc.sql("select count(*)" + where).param(Timestamp.from(before)).query(Long.class).single();
    List<RunRows.Run> runs = jdbc.sql("select " + RunRows.COLUMNS + where + " order by updated_at, run_id limit ?")
        .params(Timestamp.from(before), properties.listed()).query((rs, n) -> runRows.read(rs)).list();
    Map<String, String> titles = boards.titles(Boards.keysByProcess(runs, RunRows.Run::processId, RunRows.Run::key));
    Instant now = clock.instant();
    List<StuckRun> listed = runs.stream().map(run -> {
      PipelineBoard board = boards.byProcess(run.processId()).orElse(null);
      return new StuckRun(run.runId(), board == null ? run.processId() : board.name(),
          titles.getOrDefault(run.key(), run.key()), run.where(),
          Durations.words(Duration.between(run.updatedAt(), now)),
          board == null || run.key() == null ? null : board.path(run.key()),
          "/camunda/app/cockpit/default/#/process-instance/" + run.runId() + "/runtime");
    }).toList();
    return new Stuck(count, Durations.words(properties.stuckAfter()), listed);
  }

  record Worker(boolean fetching, int inFlight, int capacity, long waiting, long locked, long retrying,
      long exhausted) {}

  record Stuck(long count, String threshold, List<StuckRun> runs) {}

  record StuckRun(String runId, String pipeline, String title, String step, String since, String recordPath,
      String cockpitLink) {}
}
