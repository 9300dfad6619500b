package com.businessbuilder.worker.camunda7;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Keeps the locks of running tasks alive, so a call that outlasts the lock duration (an LLM thinking for minutes)
 * is never handed to a second worker. This is what lets the lock itself be short: the tasks of a worker that died
 * are free again after at most one lock duration, not after the longest call anyone might make.
 */
final class LockKeeper implements AutoCloseable {

  private final long intervalMillis;
  private final ScheduledThreadPoolExecutor scheduler;

  LockKeeper(Duration interval) {
    this.intervalMillis = interval.toMillis();
    this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "external-task-lock-keeper");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.setRemoveOnCancelPolicy(true);
  }

  /**
   * Calls {@code extendLock} every interval until it answers false (the lock is lost, or no longer needed) or the
   * returned future is cancelled (the handler is done).
   */
  Future<Void> keep(BooleanSupplier extendLock) {
    CompletableFuture<Void> kept = new CompletableFuture<>();
    ScheduledFuture<?> extensions = scheduler.scheduleAtFixedRate(() -> {
      if (!extendLock.getAsBoolean()) {
        kept.complete(null);
      }
    }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    kept.whenComplete((done, cancelled) -> extensions.cancel(false));
    return kept;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
