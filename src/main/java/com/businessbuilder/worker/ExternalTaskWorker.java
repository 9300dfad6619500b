package com.businessbuilder.worker;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The Camunda 7 adapter for {@link TaskHandler}s: fetches and locks external tasks of every handler's topic
 * through the engine's Java API, runs the handler, and reports the result back.
 *
 * <p>A technical failure is reported with the remaining retries and a back-off; when none remain the engine
 * raises an incident that carries the failure's message, visible and retryable in Cockpit.
 */
@Component
public class ExternalTaskWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ExternalTaskWorker.class);

  private final ExternalTaskService externalTasks;
  private final Map<String, TaskHandler> handlersByTopic;
  private final WorkerProperties properties;
  private ScheduledExecutorService poller;

  ExternalTaskWorker(ExternalTaskService externalTasks, List<TaskHandler> handlers, WorkerProperties properties) {
    this.externalTasks = externalTasks;
    this.handlersByTopic = handlers.stream()
        .collect(Collectors.toUnmodifiableMap(TaskHandler::topic, Function.identity(), (a, b) -> {
          throw new IllegalStateException("Two handlers for topic " + a.topic() + ": " + a + " and " + b);
        }));
    this.properties = properties;
  }

  /** Fetches one batch of tasks and works them; returns how many were fetched. */
  public int workOnce() {
    if (handlersByTopic.isEmpty()) {
      return 0;
    }
    ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(properties.maxTasks(), properties.workerId());
    handlersByTopic.keySet().forEach(topic -> fetch.topic(topic, properties.lockDuration().toMillis()));
    List<LockedExternalTask> tasks = fetch.execute();
    tasks.forEach(this::work);
    return tasks.size();
  }

  /** Works until no task is left; tests use it to drive a process to its next wait state. */
  public int workUntilIdle() {
    int total = 0;
    for (int fetched = workOnce(); fetched > 0; fetched = workOnce()) {
      total += fetched;
    }
    return total;
  }

  private void work(LockedExternalTask task) {
    TaskHandler handler = handlersByTopic.get(task.getTopicName());
    WorkItem item = new WorkItem(task.getTopicName(), task.getBusinessKey(), task.getProcessInstanceId(),
        task.getActivityId(), task.getVariables());
    try {
      Map<String, Object> result = handler.handle(item);
      externalTasks.complete(task.getId(), properties.workerId(), result);
    } catch (BusinessOutcome outcome) {
      externalTasks.handleBpmnError(task.getId(), properties.workerId(), outcome.errorCode(), outcome.getMessage(),
          outcome.variables());
    } catch (RuntimeException failure) {
      int retriesLeft = Math.max((task.getRetries() == null ? properties.retries() : task.getRetries()) - 1, 0);
      log.warn("Task {} on topic {} failed ({} retries left): {}", task.getId(), task.getTopicName(), retriesLeft,
          failure.toString());
      // no back-off once the incident is raised: a retry from Cockpit should be picked up at once
      long backoff = retriesLeft > 0 ? properties.retryBackoff().toMillis() : 0;
      externalTasks.handleFailure(task.getId(), properties.workerId(), messageOf(failure), stackTraceOf(failure),
          retriesLeft, backoff);
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

  @Override
  public synchronized void start() {
    if (!properties.enabled() || poller != null) {
      return;
    }
    poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "external-task-worker");
      thread.setDaemon(true);
      return thread;
    });
    poller.scheduleWithFixedDelay(this::pollSafely, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    log.info("External-task worker {} polls topics {}", properties.workerId(), handlersByTopic.keySet());
  }

  private void pollSafely() {
    try {
      workUntilIdle();
    } catch (RuntimeException e) {
      log.error("External-task worker poll failed; polling again in {}", properties.pollInterval(), e);
    }
  }

  @Override
  public synchronized void stop() {
    if (poller == null) {
      return;
    }
    poller.shutdown();
    try {
      if (!poller.awaitTermination(30, TimeUnit.SECONDS)) {
        poller.shutdownNow();
      }
    } catch (InterruptedException e) {
      poller.shutdownNow();
      Thread.currentThread().interrupt();
    }
    poller = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return poller != null;
  }
}
