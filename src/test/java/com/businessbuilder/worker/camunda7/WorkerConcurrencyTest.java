package com.businessbuilder.worker.camunda7;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import com.businessbuilder.worker.WorkerProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.businessbuilder.testing.ChatCompletionsClient;
import com.businessbuilder.testing.FakeOpenAiServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Many slow provider calls are in flight at once, and never more than the worker allows (counted at the provider);
 * their results are reported to the engine a few at a time (counted at the engine's service).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkerConcurrencyTest {

  @Autowired ProcessEngine engine;

  private FakeOpenAiServer provider;
  private TaskHandler callsTheProvider;

  @BeforeEach
  void startProvider() {
    engine.getRepositoryService().createDeployment().name("worker-test").enableDuplicateFiltering(true)
        .addClasspathResource("worker/worker-test.bpmn").deploy();
    provider = FakeOpenAiServer.start(Duration.ofMillis(500));
    ChatCompletionsClient client = new ChatCompletionsClient(provider.baseUrl());
    callsTheProvider = new TaskHandler() {
      @Override
      public String topic() {
        return ScriptedHandler.TOPIC;
      }

      @Override
      public Map<String, Object> handle(WorkItem item) {
        return Map.of("result", client.chat("Review the work for " + item.correlationKey()).length());
      }
    };
  }

  @AfterEach
  void stopProvider() {
    provider.close();
  }

  @Test
  void manyCallsAreInFlightAtOnce() {
    List<ProcessInstance> runs = start(40);

    try (ExternalTaskWorker worker = new ExternalTaskWorker(engine.getExternalTaskService(),
        List.of(callsTheProvider), properties("concurrent", 64))) {
      worker.start();
      awaitEnded(runs);
    }

    assertThat(provider.requestsServed()).isEqualTo(40);
    assertThat(provider.peakConcurrentRequests()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void neverMoreCallsInFlightThanConfigured() {
    List<ProcessInstance> runs = start(24);

    try (ExternalTaskWorker worker = new ExternalTaskWorker(engine.getExternalTaskService(),
        List.of(callsTheProvider), properties("bounded", 6))) {
      worker.start();
      awaitEnded(runs);
    }

    assertThat(provider.requestsServed()).isEqualTo(24);
    assertThat(provider.peakConcurrentRequests()).isEqualTo(6);
  }

  @Test
  void neverMoreResultsReportedAtOnceThanConfigured() {
    List<ProcessInstance> runs = start(24);
    AtomicInteger reporting = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    ExternalTaskService engineTasks = engine.getExternalTaskService();
    // each completion is an engine transaction on a pooled connection; this one takes a while
    ExternalTaskService slowToComplete = (ExternalTaskService) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ExternalTaskService.class}, (proxy, method, arguments) -> {
          boolean reports = method.getName().equals("complete");
          if (reports) {
            peak.accumulateAndGet(reporting.incrementAndGet(), Math::max);
            Thread.sleep(50);
          }
          try {
            return method.invoke(engineTasks, arguments);
          } catch (InvocationTargetException failure) {
            throw failure.getCause();
          } finally {
            if (reports) {
              reporting.decrementAndGet();
            }
          }
        });
    TaskHandler quick = new TaskHandler() {
      @Override
      public String topic() {
        return ScriptedHandler.TOPIC;
      }

      @Override
      public Map<String, Object> handle(WorkItem item) {
        return Map.of("result", 1);
      }
    };

    try (ExternalTaskWorker worker = new ExternalTaskWorker(slowToComplete, List.of(quick),
        properties("reporting", 64, 3))) {
      worker.start();
      awaitEnded(runs);
    }

    assertThat(peak.get()).as("results reported at once").isEqualTo(3);
  }

  private List<ProcessInstance> start(int runs) {
    return IntStream.range(0, runs).mapToObj(i -> "concurrency-" + i + "-" + System.nanoTime())
        .map(key -> engine.getRuntimeService().startProcessInstanceByKey("worker-test", key,
            java.util.Map.<String, Object>of(com.businessbuilder.engine.ProcessRuns.CORRELATION_KEY, key)))
        .toList();
  }

  private void awaitEnded(List<ProcessInstance> runs) {
    List<String> ids = runs.stream().map(ProcessInstance::getId).toList();
    await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).count() == 0);
  }

  private static WorkerProperties properties(String workerId, int maxInFlight) {
    return properties(workerId, maxInFlight, maxInFlight);
  }

  private static WorkerProperties properties(String workerId, int maxInFlight, int maxCompleting) {
    return new WorkerProperties(true, workerId, maxInFlight, 20, maxCompleting, Duration.ofMinutes(1), null,
        Duration.ofMillis(100), 3, Duration.ofSeconds(1), Duration.ofSeconds(5));
  }
}
