package com.businessbuilder.worker.camunda7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import com.businessbuilder.worker.WorkerProperties;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The last instances of a wave finish together and race to update their parent: a report the engine rolls back for
 * that is made again, so that no task of the wave waits out the retry back-off as if it had failed.
 */
class RacingSiblingReportsTest {

  static final String TOPIC = "racing-siblings";

  @Test
  void aReportThatLosesToSeveralSiblingsInARowIsMadeAgainUntilItGoesThrough() {
    ExternalTaskService engine = engineOfferingOneTask();
    int lostRaces = 7; // to each of the other seven tasks of a wave of eight
    AtomicInteger reports = new AtomicInteger();
    Mockito.doAnswer(call -> {
      if (reports.incrementAndGet() <= lostRaces) {
        throw new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction concurrently");
      }
      return null;
    }).when(engine).complete(anyString(), anyString(), anyMap());

    try (ExternalTaskWorker worker = new ExternalTaskWorker(engine, List.of(handler()),
        WorkerProperties.defaults("racing-test", 4))) {
      assertThat(worker.workOnce()).isOne();
    }

    verify(engine, times(lostRaces + 1)).complete(eq("task-1"), eq("racing-test"), anyMap());
    verify(engine, never()).handleFailure(anyString(), anyString(), any(), any(), anyInt(), anyLong());
  }

  @Test
  void aReportTheDatabaseCallsADeadlockIsMadeAgainButOtherPersistenceFailuresCountAsFailures() {
    ExternalTaskService engine = engineOfferingOneTask();
    AtomicInteger reports = new AtomicInteger();
    Mockito.doAnswer(call -> {
      if (reports.incrementAndGet() == 1) {
        // what H2 says when two completions in one run's tree delete and update the same executions
        throw new ProcessEnginePersistenceException("ENGINE-03004", new RuntimeException("batch failed",
            new SQLException("Deadlock detected. The current transaction was rolled back.", "40001", 40001)));
      }
      return null;
    }).when(engine).complete(anyString(), anyString(), anyMap());

    try (ExternalTaskWorker worker = new ExternalTaskWorker(engine, List.of(handler()),
        WorkerProperties.defaults("racing-test", 4))) {
      assertThat(worker.workOnce()).isOne();
    }

    verify(engine, times(2)).complete(eq("task-1"), eq("racing-test"), anyMap());
    verify(engine, never()).handleFailure(anyString(), anyString(), any(), any(), anyInt(), anyLong());

    ExternalTaskService refusing = engineOfferingOneTask();
    Mockito.doThrow(new ProcessEnginePersistenceException("ENGINE-03004", new SQLException("value too long",
        "22001", 22001))).when(refusing).complete(anyString(), anyString(), anyMap());
    try (ExternalTaskWorker worker = new ExternalTaskWorker(refusing, List.of(handler()),
        WorkerProperties.defaults("racing-test", 4))) {
      worker.workOnce();
    }
    verify(refusing, times(1)).complete(eq("task-1"), eq("racing-test"), anyMap());
    verify(refusing).handleFailure(eq("task-1"), eq("racing-test"), any(), any(), anyInt(), anyLong());
  }

  private static ExternalTaskService engineOfferingOneTask() {
    ExternalTaskService engine = mock(ExternalTaskService.class);
    ExternalTaskQueryBuilder fetch = mock(ExternalTaskQueryBuilder.class, RETURNS_SELF);
    LockedExternalTask task = mock(LockedExternalTask.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getTopicName()).thenReturn(TOPIC);
    when(task.getVariables()).thenReturn(Variables.createVariables());
    when(fetch.execute()).thenReturn(List.of(task));
    when(engine.fetchAndLock(anyInt(), anyString())).thenReturn(fetch);
    return engine;
  }

  private static TaskHandler handler() {
    return new TaskHandler() {
      @Override
      public String topic() {
        return TOPIC;
      }

      @Override
      public Map<String, Object> handle(WorkItem item) {
        return Map.of("done", true);
      }
    };
  }
}
