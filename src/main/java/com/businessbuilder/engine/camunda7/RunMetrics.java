package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.EngineLoad;
import com.businessbuilder.engine.RunState.RunStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs and the engine's work for workers as metrics: {@code bb_runs_started_total} and {@code bb_runs_ended_total}
 * (status completed or cancelled) per pipeline (the top-level process), counted when the engine's transaction
 * committed; {@code bb_runs_incidents} (runs held by an incident) and {@code bb_engine_tasks} by state (waiting,
 * locked, retrying, exhausted), read when scraped, the task counts at most every five seconds.
 */
@Component
class RunMetrics implements MeterBinder {

  private static final Duration BACKLOG_KEPT = Duration.ofSeconds(5);

  private final JdbcClient jdbc;
  /** Looked up when first scraped: the projector that counts runs is needed before the engine exists. */
  private final ObjectProvider<EngineLoad> engine;
  private MeterRegistry registry;
  private volatile EngineLoad.Backlog backlog;
  private volatile long backlogAt;

  RunMetrics(JdbcClient jdbc, ObjectProvider<EngineLoad> engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("bb.runs.incidents", this, RunMetrics::runsWithIncidents)
        .description("Running runs held by an incident").strongReference(true).register(registry);
    tasks(registry, "waiting", EngineLoad.Backlog::waiting);
    tasks(registry, "locked", EngineLoad.Backlog::locked);
    tasks(registry, "retrying", EngineLoad.Backlog::retrying);
    tasks(registry, "exhausted", EngineLoad.Backlog::exhausted);
  }

  void started(String processId) {
    if (registry != null) {
      Counter.builder("bb.runs.started").description("Runs started, per pipeline").tag("pipeline", processId)
          .register(registry).increment();
    }
  }

  void ended(String processId, RunStatus status) {
    if (registry != null) {
      Counter.builder("bb.runs.ended").description("Runs ended: completed at an end event, or cancelled (lost)")
          .tag("pipeline", processId).tag("status", status.name().toLowerCase()).register(registry).increment();
    }
  }

  private void tasks(MeterRegistry registry, String state, ToDoubleFunction<EngineLoad.Backlog> count) {
    Gauge.builder("bb.engine.tasks", this, metrics -> count.applyAsDouble(metrics.backlog()))
        .description("External tasks (work for workers) in the engine, by state").tag("state", state)
        .strongReference(true).register(registry);
  }

  private EngineLoad.Backlog backlog() {
    long now = System.nanoTime();
    if (backlog == null || now - backlogAt > BACKLOG_KEPT.toNanos()) {
      backlog = engine.getObject().backlog();
      backlogAt = now;
    }
    return backlog;
  }

  private double runsWithIncidents() {
    return jdbc.sql("select count(*) from bb_run where status = 'RUNNING' and incidents <> '{}'").query(Long.class)
        .single();
  }
}
