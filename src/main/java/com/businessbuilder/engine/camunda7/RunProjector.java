package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.RunProjection;
import com.businessbuilder.engine.RunState;
import com.businessbuilder.engine.RunState.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the read model of runs ({@code bb_run}) from the engine's history events, in the engine's transaction: the
 * events of one transaction are collected and applied once, just before it commits, to the row of each top-level
 * run they touched; then the pipeline's {@link RunProjection} is told where its run stands now. So a view never
 * reads a run further than the engine committed, and never queries engine history.
 */
@Component
class RunProjector {

  private static final String START = HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName();
  private static final String END = HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName();
  private static final String MIGRATE = HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE.getEventName();
  private static final Set<String> INCIDENT_GONE = Set.of(HistoryEventTypes.INCIDENT_RESOLVE.getEventName(),
      HistoryEventTypes.INCIDENT_DELETE.getEventName());

  private final RunRecords records;
  private final ObjectProvider<RunProjection> projections;
  private final RunMetrics metrics;

  RunProjector(RunRecords records, ObjectProvider<RunProjection> projections, RunMetrics metrics) {
    this.records = records;
    this.projections = projections;
    this.metrics = metrics;
  }

  void handle(HistoryEvent event) {
    String root = event.getRootProcessInstanceId();
    if (root == null) {
      return;
    }
    if (event instanceof HistoricProcessInstanceEventEntity run) {
      if (root.equals(run.getProcessInstanceId())) {
        onRun(pending().of(root), run);
      }
    } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
      onActivity(pending().of(root), activity);
    } else if (event instanceof HistoricIncidentEventEntity incident) {
      onIncident(pending().of(root), incident);
    }
  }

  private static void onRun(Changes changes, HistoricProcessInstanceEventEntity run) {
    String type = run.getEventType();
    if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(type)) {
      changes.processId = run.getProcessDefinitionKey();
      changes.correlationKey = run.getBusinessKey();
      changes.startedAt = instant(run.getStartTime());
    } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(type)) {
      changes.processId = run.getProcessDefinitionKey();
      changes.endStatus = "COMPLETED".equals(run.getState()) ? RunStatus.COMPLETED : RunStatus.CANCELLED;
      changes.endActivityId = run.getEndActivityId();
      changes.endedAt = instant(run.getEndTime());
    }
  }

  private static void onActivity(Changes changes, HistoricActivityInstanceEventEntity activity) {
    String type = activity.getEventType();
    if (changes.processId == null && activity.getProcessInstanceId().equals(activity.getRootProcessInstanceId())) {
      changes.processId = activity.getProcessDefinitionKey();
    }
    RunRecord.Active active = new RunRecord.Active(activity.getActivityInstanceId(), activity.getActivityId(),
        activity.getActivityName(), activity.getActivityType(), activity.getProcessDefinitionKey(),
        activity.getProcessInstanceId(), activity.getParentActivityInstanceId());
    if (START.equals(type)) {
      changes.started.put(active.id(), active);
    } else if (MIGRATE.equals(type)) {
      changes.migrated.put(active.id(), active);
    } else if (END.equals(type) && changes.started.remove(active.id()) == null) {
      changes.endedActivities.add(active.id());
    }
  }

  private static void onIncident(Changes changes, HistoricIncidentEventEntity incident) {
    if (HistoryEventTypes.INCIDENT_CREATE.getEventName().equals(incident.getEventType())) {
      changes.incidentsOpened.put(incident.getId(), incident.getIncidentMessage() == null
          ? incident.getIncidentType() : incident.getIncidentMessage());
    } else if (INCIDENT_GONE.contains(incident.getEventType())) {
      changes.incidentsOpened.remove(incident.getId());
      changes.incidentsClosed.add(incident.getId());
    }
  }

  /** The changes of the current transaction, applied just before it commits. */
  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("The engine runs outside a Spring transaction; the run read model needs one");
    }
    for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
      if (registered instanceof Pending pending && pending.owner() == this) {
        return pending;
      }
    }
    Pending pending = new Pending(this, new TreeMap<>());
    TransactionSynchronizationManager.registerSynchronization(pending);
    return pending;
  }

  private void apply(Map<String, Changes> byRun, List<Runnable> afterCommit) {
    // one order for every transaction, so two of them never wait for each other's rows
    byRun.forEach((runId, changes) -> {
      RunRecord run = records.lock(runId).orElse(null);
      boolean known = run != null;
      if (!known) {
        run = new RunRecord(runId);
      }
      RunStatus before = known ? run.status : null;
      changes.applyTo(run);
      String processId = run.processId;
      RunStatus after = run.status;
      if (!known && changes.startedAt != null) {
        afterCommit.add(() -> metrics.started(processId));
      }
      if (before != after && after != RunStatus.RUNNING) {
        afterCommit.add(() -> metrics.ended(processId, after));
      }
      if (known) {
        records.update(run);
      } else {
        records.insert(run);
      }
      RunState state = run.state();
      projections.orderedStream().filter(projection -> projection.processId().equals(state.processId()))
          .forEach(projection -> projection.project(state));
    });
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }

  private record Pending(RunProjector owner, Map<String, Changes> byRun, List<Runnable> committed)
      implements TransactionSynchronization {

    Pending(RunProjector owner, Map<String, Changes> byRun) {
      this(owner, byRun, new ArrayList<>());
    }

    Changes of(String runId) {
      return byRun.computeIfAbsent(runId, id -> new Changes());
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      owner.apply(byRun, committed);
    }

    /** Metrics count what committed only. */
    @Override
    public void afterCommit() {
      committed.forEach(Runnable::run);
    }
  }

  /** What one transaction did to one top-level run. */
  private static final class Changes {
    static final String UNKNOWN_PROCESS = "unknown";

    String processId;
    String correlationKey;
    Instant startedAt;
    RunStatus endStatus;
    String endActivityId;
    Instant endedAt;
    final Map<String, RunRecord.Active> started = new LinkedHashMap<>();
    final Map<String, RunRecord.Active> migrated = new LinkedHashMap<>();
    final List<String> endedActivities = new ArrayList<>();
    final Map<String, String> incidentsOpened = new LinkedHashMap<>();
    final List<String> incidentsClosed = new ArrayList<>();

    void applyTo(RunRecord run) {
      if (processId != null) {
        run.processId = processId;
      }
      if (correlationKey != null) {
        run.correlationKey = correlationKey;
      }
      if (startedAt != null) {
        run.startedAt = startedAt;
      }
      if (run.startedAt == null) {
        run.startedAt = Instant.now();
      }
      run.active.removeIf(active -> endedActivities.contains(active.id()));
      run.active.replaceAll(active -> migrated.getOrDefault(active.id(), active));
      run.active.addAll(started.values());
      incidentsClosed.forEach(run.incidents::remove);
      run.incidents.putAll(incidentsOpened);
      if (run.processId == null) {
        // a run that started before the read model existed and has not been seen since
        run.processId = UNKNOWN_PROCESS;
      }
      if (endStatus != null) {
        run.status = endStatus;
        run.endActivityId = endActivityId;
        run.endedAt = endedAt;
        run.active.clear();
        run.incidents.clear();
      }
    }
  }
}
