package com.businessbuilder.approval;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The CEO's gates as metrics: {@code bb_gates_open} and {@code bb_gates_oldest_wait_seconds} (read from {@code
 * bb_gate} when scraped), and {@code bb_gates_decision_wait_seconds}, how long each decided gate waited, by process.
 */
@Component
class GateMetrics implements MeterBinder {

  private final JdbcClient jdbc;
  private MeterRegistry registry;

  GateMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("bb.gates.open", this, GateMetrics::open).description("CEO gates waiting for a decision")
        .strongReference(true).register(registry);
    Gauge.builder("bb.gates.oldest.wait", this, GateMetrics::oldestWait).baseUnit("seconds")
        .description("How long the oldest open CEO gate has waited").strongReference(true).register(registry);
  }

  /** Records how long the gate waited once the decision committed. */
  void decided(String processId, Instant openedAt) {
    if (registry == null || openedAt == null) {
      return;
    }
    Runnable record = () -> Timer.builder("bb.gates.decision.wait").description("How long decided CEO gates waited")
        .tag("process", processId == null ? "unknown" : processId).register(registry)
        .record(Duration.between(openedAt, Instant.now()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          record.run();
        }
      });
    } else {
      record.run();
    }
  }

  private double open() {
    return jdbc.sql("select count(*) from bb_gate where status = ?").param(GateRecord.OPEN).query(Long.class).single();
  }

  private double oldestWait() {
    Timestamp oldest = jdbc.sql("select min(opened_at) from bb_gate where status = ?").param(GateRecord.OPEN)
        .query(Timestamp.class).optional().orElse(null);
    return oldest == null ? 0 : Duration.between(oldest.toInstant(), Instant.now()).toSeconds();
  }
}
