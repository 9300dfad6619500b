package com.businessbuilder.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the external-task worker ({@code bb.worker.*}).
 *
 * @param enabled whether the worker fetches on its own (tests drive it explicitly)
 * @param workerId the id the worker locks tasks under
 * @param maxInFlight how many handlers may run at once; the worker fetches no more tasks than it has free slots
 * @param maxTasks the most tasks fetched in one query
 * @param maxCompleting how many handlers' results are reported to the engine at once (a completion, BPMN error or
 *     failure is an engine transaction that holds a pooled connection while the engine moves the run on to its next
 *     wait state): with the fetch and the lock extensions the worker holds at most this many plus two connections,
 *     and the rest of the pool serves web requests; the others wait their turn, holding none (default 16)
 * @param lockDuration how long a fetched task stays locked to this worker without an extension: short, because it
 *     is how long the tasks of a worker that died wait before another worker takes them (default 30 s)
 * @param lockExtensionInterval how often the lock of a running task is extended, however long its handler runs
 *     (default: a third of the lock duration, so one failed extension does not lose the lock)
 * @param pollInterval the longest pause between fetches while no work is found
 * @param retries attempts before a failing task becomes an incident
 * @param retryBackoff the pause before a failed task is offered again
 * @param shutdownGrace how long a stopping worker waits for running handlers before it releases their tasks
 */
@ConfigurationProperties("bb.worker")
public record WorkerProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("business-builder") String workerId,
    @DefaultValue("64") int maxInFlight,
    @DefaultValue("20") int maxTasks,
    @DefaultValue("16") int maxCompleting,
    @DefaultValue("30s") Duration lockDuration,
    Duration lockExtensionInterval,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("3") int retries,
    @DefaultValue("30s") Duration retryBackoff,
    @DefaultValue("30s") Duration shutdownGrace) {

  public WorkerProperties {
    if (maxInFlight < 1 || maxTasks < 1 || maxCompleting < 1) {
      throw new IllegalArgumentException("bb.worker.max-in-flight, max-tasks and max-completing must be at least 1");
    }
    if (lockExtensionInterval == null) {
      lockExtensionInterval = lockDuration.dividedBy(3);
    }
    if (lockExtensionInterval.isZero() || lockExtensionInterval.compareTo(lockDuration) >= 0) {
      throw new IllegalArgumentException("bb.worker.lock-extension-interval must be shorter than the lock duration");
    }
  }

  /** The defaults with another worker id and number of concurrent calls (benchmarks, tests, tools). */
  public static WorkerProperties defaults(String workerId, int maxInFlight) {
    return new WorkerProperties(true, workerId, maxInFlight, 20, 16, Duration.ofSeconds(30), null,
        Duration.ofMillis(500), 3, Duration.ofSeconds(30), Duration.ofSeconds(30));
  }
}
