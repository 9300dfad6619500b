package com.businessbuilder.worker.camunda7;

import com.businessbuilder.worker.WorkerLoad;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The worker's load as metrics: {@code bb_worker_calls_in_flight} and {@code bb_worker_capacity}. */
@Component
class WorkerMetrics implements MeterBinder {

  private final WorkerLoad worker;

  WorkerMetrics(WorkerLoad worker) {
    this.worker = worker;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("bb.worker.calls.in.flight", worker, WorkerLoad::callsInFlight)
        .description("Handlers (agent and service calls) running now").strongReference(true).register(registry);
    Gauge.builder("bb.worker.capacity", worker, WorkerLoad::capacity)
        .description("How many handlers may run at once").strongReference(true).register(registry);
  }
}
