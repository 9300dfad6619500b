package com.businessbuilder.worker.camunda7;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.businessbuilder.worker.BusinessOutcome;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import com.businessbuilder.worker.WorkerLoad;
import com.businessbuilder.worker.WorkerProperties;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The Camunda 7 adapter for {@link TaskHandler}s: fetches and locks external tasks of every handler's topic
 * through the engine's Java API, runs the handlers concurrently, and reports their results back.
 *
 * <p>Up to {@code max-in-flight} handlers run at once, on threads of their own (not the job executor's): the
 * fetcher only fetches as many tasks as there are free slots, and fetches again as soon as a slot frees up. While a
 * handler runs, its lock is extended, so a long call is never fetched by a second worker. Results are reported to the
 * engine by at most {@code max-completing} handlers at once, in turn: each report is an engine transaction on a
 * pooled connection, so the worker never takes more of the connection pool than that (plus its fetch and lock
 * extensions), however many handlers are in flight. A technical failure is
 * reported with the remaining retries and a back-off; when none remain the engine raises an incident that carries
 * the failure's message, visible and retryable in Cockpit. Stopping waits for running handlers for a grace period,
 * then interrupts the rest and unlocks their tasks for other workers.
 */
@Component
public class ExternalTaskWorker implements SmartLifecycle, AutoCloseable, WorkerLoad {

  private static final Logger log = LoggerFactory.getLogger(ExternalTaskWorker.class);
  private static final long FIRST_IDLE_PAUSE_MILLIS = 50;
  /** Enough for a wave of siblings finishing together on a busy machine: each round lets at least one through. */
  private static final int CONCURRENT_REPORT_ATTEMPTS = 20;

  private final ExternalTaskService externalTasks;
  private final Map<String, TaskHandler> handlersByTopic;
  private final WorkerProperties properties;
  private final HandlerThreads threads;
  private final LockKeeper lockKeeper;
  private final Semaphore freeSlots;
  private final Semaphore completing;
  private final Semaphore wakeUps = new Semaphore(0);
  private final Set<InFlightTask> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean fetching;
  private Thread fetcher;

  public ExternalTaskWorker(ExternalTaskService externalTasks, List<TaskHandler> handlers,
      WorkerProperties properties) {
    this.externalTasks = externalTasks;
    this.handlersByTopic = handlers.stream()
        .collect(Collectors.toUnmodifiableMap(TaskHandler::topic, Function.identity(), (a, b) -> {
          throw new IllegalStateException("Two handlers for topic " + a.topic() + ": " + a + " and " + b);
        }));
    this.properties = properties;
    this.threads = HandlerThreads.create(properties.maxInFlight());
    this.lockKeeper = new LockKeeper(properties.lockExtensionInterval());
    this.freeSlots = new Semaphore(properties.maxInFlight());
    this.completing = new Semaphore(properties.maxCompleting(), true);
  }

  /**
   * Fetches one batch of tasks, works them (concurrently) and returns how many were fetched once every one of them
   * has been reported. Tests drive processes with it while the worker is not started.
   */
  public int workOnce() {
    List<LockedExternalTask> tasks = fetch(properties.maxTasks());
    List<Future<?>> running = tasks.stream().<Future<?>>map(task -> threads.executor().submit(() -> work(task)))
        .toList();
    running.forEach(ExternalTaskWorker::awaitDone);
    return tasks.size();
  }

  @Override
  public int callsInFlight() {
    return inFlight.size();
  }

  @Override
  public int capacity() {
    return properties.maxInFlight();
  }

  @Override
  public boolean fetching() {
    return fetching;
  }

  /** Works until no task is left; tests use it to drive a process to its next wait state. */
  public int workUntilIdle() {
    int total = 0;
    for (int fetched = workOnce(); fetched > 0; fetched = workOnce()) {
      total += fetched;
    }
    return total;
  }

  private List<LockedExternalTask> fetch(int maxTasks) {
    if (handlersByTopic.isEmpty()) {
      return List.of();
    }
    ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(maxTasks, properties.workerId());
    handlersByTopic.keySet().forEach(topic -> fetch.topic(topic, properties.lockDuration().toMillis()));
    return fetch.execute();
  }

  private void work(LockedExternalTask task) {
    InFlightTask running = new InFlightTask(task.getId(), task.getTopicName(), Thread.currentThread());
    inFlight.add(running);
    Future<Void> lockKept = lockKeeper.keep(() -> extendLock(running));
    try {
      Runnable report = handle(task);
      if (running.claimReport()) {
        completing.acquireUninterruptibly();
        try {
          report(task, report);
        } finally {
          completing.release();
        }
      } else {
        log.debug("Task {} was released while its handler ran; its result is dropped", running);
      }
    } finally {
      lockKept.cancel(false);
      inFlight.remove(running);
    }
  }

  /** Runs the handler and returns how to report its result. */
  private Runnable handle(LockedExternalTask task) {
    TaskHandler handler = handlersByTopic.get(task.getTopicName());
    Object correlationKey = task.getVariables().get(WorkItem.CORRELATION_KEY);
    // the external task's id stays while the task is locked again (expired lock, retry) and is new in every round
    WorkItem item = new WorkItem(task.getId(), task.getTopicName(),
        correlationKey == null ? null : correlationKey.toString(), task.getProcessInstanceId(), task.getActivityId(),
        task.getVariables());
    try {
      Map<String, Object> variables = handler.handle(item);
      return () -> externalTasks.complete(task.getId(), properties.workerId(), variables);
    } catch (BusinessOutcome outcome) {
      return () -> externalTasks.handleBpmnError(task.getId(), properties.workerId(), outcome.errorCode(),
          outcome.getMessage(), outcome.variables());
    } catch (RuntimeException failure) {
      return () -> reportFailure(task, failure);
    }
  }

  private void report(LockedExternalTask task, Runnable report) {
    try {
      reportRacingSiblings(report);
    } catch (NotFoundException gone) {
      log.info("Task {} on topic {} is gone (its process instance ended or moved on); result dropped", task.getId(),
          task.getTopicName());
    } catch (ProcessEngineException refused) {
      // e.g. a variable the engine cannot store: count it as a failure so that it ends up visible in Cockpit
      try {
        reportFailure(task, refused);
      } catch (ProcessEngineException alsoRefused) {
        log.error("Could not report task {} on topic {}; it stays locked until its lock expires", task.getId(),
            task.getTopicName(), alsoRefused);
      }
    }
  }

  /**
   * Tasks of parallel runs (a multi-instance's instances) finish at the same moment and update their parent's
   * counters together; the engine lets one win and rolls the others back. The handler's work is done and the report
   * changed nothing, so it is simply made again, after a short random pause that grows with each attempt (at most
   * about five seconds in all, well within the lock), before it counts as a failure: a failed task is offered again
   * only after the retry back-off (30 s by default), which would hold up the whole wave.
   */
  private static void reportRacingSiblings(Runnable report) {
    for (int attempt = 1; ; attempt++) {
      try {
        report.run();
        return;
      } catch (OptimisticLockingException | ProcessEnginePersistenceException concurrent) {
        if (attempt >= CONCURRENT_REPORT_ATTEMPTS || !racedWithASibling(concurrent)) {
          throw concurrent;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw concurrent;
        }
      }
    }
  }

  /**
   * An optimistic-locking conflict, or the database's own word for the same race: a deadlock or serialization
   * failure (SQL state class 40), which H2, the embedded default, reports where PostgreSQL's row versions would
   * have made it a locking conflict.
   */
  private static boolean racedWithASibling(RuntimeException failure) {
    if (failure instanceof OptimisticLockingException) {
      return true;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith("40")) {
        return true;
      }
    }
    return false;
  }

  private void reportFailure(LockedExternalTask task, RuntimeException failure) {
    int retriesLeft = Math.max((task.getRetries() == null ? properties.retries() : task.getRetries()) - 1, 0);
    log.warn("Task {} on topic {} failed ({} retries left): {}", task.getId(), task.getTopicName(), retriesLeft,
        failure.toString());
    // no back-off once the incident is raised: a retry from Cockpit should be picked up at once
    long backoff = retriesLeft > 0 ? properties.retryBackoff().toMillis() : 0;
    externalTasks.handleFailure(task.getId(), properties.workerId(), messageOf(failure), stackTraceOf(failure),
        retriesLeft, backoff);
  }

  /** Extends the lock of a running task; false once there is nothing (more) to extend. */
  private boolean extendLock(InFlightTask running) {
    try {
      return running.whileRunning(() -> externalTasks.extendLock(running.id(), properties.workerId(),
          properties.lockDuration().toMillis()));
    } catch (ProcessEngineException lost) {
      log.warn("Could not extend the lock of task {}, another worker may take it: {}", running, lost.getMessage());
      return false;
    }
  }

  private static String messageOf(Throwable failure) {
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return message.length() > 600 ? message.substring(0, 600) : message;
  }

  private static String stackTraceOf(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private static void awaitDone(Future<?> work) {
    try {
      work.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for external tasks", e);
    }
  }

  // ---- running on its own ----

  @Override
  public synchronized void start() {
    if (!properties.enabled() || fetching) {
      return;
    }
    fetching = true;
    fetcher = new Thread(this::fetchUntilStopped, "external-task-fetcher");
    fetcher.setDaemon(true);
    fetcher.start();
    log.info("External-task worker {} works topics {}: up to {} tasks at once, on {}, reporting {} at a time",
        properties.workerId(), handlersByTopic.keySet(), properties.maxInFlight(), threads.description(),
        properties.maxCompleting());
  }

  private void fetchUntilStopped() {
    long idlePause = FIRST_IDLE_PAUSE_MILLIS;
    while (fetching) {
      int slots = takeFreeSlots();
      if (slots == 0) {
        continue; // every slot still busy: look whether we were stopped, then wait again
      }
      wakeUps.drainPermits(); // this fetch sees whatever the handlers that finished so far left behind
      List<LockedExternalTask> tasks = List.of();
      try {
        tasks = fetch(slots);
      } catch (RuntimeException e) {
        log.error("External-task worker {} could not fetch; trying again shortly", properties.workerId(), e);
      } finally {
        freeSlots.release(slots - tasks.size());
      }
      tasks.forEach(task -> threads.executor().execute(() -> workInSlot(task)));
      idlePause = tasks.isEmpty() ? pauseWhileIdle(idlePause) : FIRST_IDLE_PAUSE_MILLIS;
    }
  }

  /** Waits for at least one free slot and takes as many as one fetch may fill; 0 if none freed up for a while. */
  private int takeFreeSlots() {
    try {
      if (!freeSlots.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
        return 0;
      }
    } catch (InterruptedException e) {
      fetching = false;
      return 0;
    }
    int taken = 1 + freeSlots.drainPermits();
    int surplus = taken - properties.maxTasks();
    if (surplus > 0) {
      freeSlots.release(surplus);
      taken -= surplus;
    }
    return taken;
  }

  /**
   * Waits before the next fetch, twice as long each time nothing was found (up to the poll interval); a handler
   * that finishes cuts the pause short, because finishing one task usually makes the next one of its process.
   */
  private long pauseWhileIdle(long pause) {
    try {
      boolean woken = wakeUps.tryAcquire(pause, TimeUnit.MILLISECONDS);
      return woken ? FIRST_IDLE_PAUSE_MILLIS : Math.min(pause * 2, properties.pollInterval().toMillis());
    } catch (InterruptedException e) {
      fetching = false;
      return pause;
    }
  }

  private void workInSlot(LockedExternalTask task) {
    try {
      work(task);
    } catch (RuntimeException e) {
      log.error("Task {} on topic {} could not be worked", task.getId(), task.getTopicName(), e);
    } finally {
      freeSlots.release();
      wakeUps.release();
    }
  }

  /**
   * Stops fetching, waits up to the shutdown grace for running handlers, then interrupts the rest and unlocks
   * their tasks so that another worker can take them at once instead of waiting for the locks to expire.
   */
  @Override
  public synchronized void stop() {
    if (!fetching) {
      return;
    }
    fetching = false;
    wakeUps.release();
    try {
      fetcher.join(properties.shutdownGrace().toMillis());
      fetcher = null;
      if (!awaitAllSlotsFree(properties.shutdownGrace().toMillis())) {
        releaseUnfinished();
        awaitAllSlotsFree(5_000);
      }
    } catch (InterruptedException e) {
      releaseUnfinished();
      Thread.currentThread().interrupt();
    }
    log.info("External-task worker {} stopped", properties.workerId());
  }

  private boolean awaitAllSlotsFree(long millis) throws InterruptedException {
    if (!freeSlots.tryAcquire(properties.maxInFlight(), millis, TimeUnit.MILLISECONDS)) {
      return false;
    }
    freeSlots.release(properties.maxInFlight());
    return true;
  }

  private void releaseUnfinished() {
    List<InFlightTask> released = new ArrayList<>();
    for (InFlightTask running : inFlight) {
      if (running.claimRelease()) {
        running.runner().interrupt();
        try {
          externalTasks.unlock(running.id());
          released.add(running);
        } catch (ProcessEngineException e) {
          log.warn("Could not unlock task {}; it stays locked until its lock expires: {}", running, e.getMessage());
        }
      }
    }
    log.warn("External-task worker {} released {} unfinished task(s) after {} for other workers to take: {}",
        properties.workerId(), released.size(), properties.shutdownGrace(), released);
  }

  @Override
  public boolean isRunning() {
    return fetching;
  }

  /** Stops, then ends the worker's threads. */
  @Override
  public void close() {
    stop();
    threads.executor().shutdownNow();
    lockKeeper.close();
  }
}
