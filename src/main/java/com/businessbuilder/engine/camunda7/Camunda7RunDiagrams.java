package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.EngineLoad;
import com.businessbuilder.engine.RunDiagrams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine port's diagrams and load on Camunda 7. A run's trail is one query on the engine's activity history by
 * root run (the run and every run it called), plus one per open incident of the run; deployed models and process
 * names are cached by definition id, which never changes what it names.
 */
@Component
class Camunda7RunDiagrams implements RunDiagrams, EngineLoad {

  private final HistoryService history;
  private final ManagementService management;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ExternalTaskService externalTasks;
  private final RunRecords runs;
  private final JdbcClient jdbc;
  private final Map<String, String> models = new ConcurrentHashMap<>();
  private final Map<String, String> processNames = new ConcurrentHashMap<>();

  Camunda7RunDiagrams(HistoryService history, ManagementService management, RepositoryService repository,
      RuntimeService runtime, ExternalTaskService externalTasks, RunRecords runs, JdbcClient jdbc) {
    this.history = history;
    this.management = management;
    this.repository = repository;
    this.runtime = runtime;
    this.externalTasks = externalTasks;
    this.runs = runs;
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RunTrail> trail(String runId) {
    List<HistoricActivityInstance> activities = new ArrayList<>(history.createNativeHistoricActivityInstanceQuery()
        .sql("select * from " + management.getTableName(HistoricActivityInstance.class)
            + " where ROOT_PROC_INST_ID_ = #{root}")
        .parameter("root", runId)
        .list());
    if (activities.isEmpty()) {
      return Optional.empty();
    }
    activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime)
        .thenComparingLong(activity -> activity instanceof HistoricActivityInstanceEventEntity event
            ? event.getSequenceCounter() : 0));
    Map<String, String> calledBy = new HashMap<>();
    Map<String, String> processOfRun = new HashMap<>();
    for (HistoricActivityInstance activity : activities) {
      processOfRun.put(activity.getProcessInstanceId(), activity.getProcessDefinitionKey());
      if (activity.getCalledProcessInstanceId() != null) {
        calledBy.put(activity.getCalledProcessInstanceId(), activity.getActivityId());
      }
    }
    Map<String, ProcessInTree> processes = new LinkedHashMap<>();
    List<StepRecord> steps = new ArrayList<>();
    for (HistoricActivityInstance activity : activities) {
      processes.computeIfAbsent(activity.getProcessDefinitionKey(), key -> new ProcessInTree(key,
          activity.getProcessDefinitionId(), processName(activity.getProcessDefinitionId()),
          calledBy.get(activity.getProcessInstanceId())));
      steps.add(new StepRecord(activity.getProcessDefinitionKey(), activity.getProcessInstanceId(),
          activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
          instant(activity.getStartTime()), instant(activity.getEndTime()), activity.isCanceled(),
          activity.getCalledProcessInstanceId() == null ? null : processOfRun.get(activity.getCalledProcessInstanceId())));
    }
    return Optional.of(new RunTrail(runId, new ArrayList<>(processes.values()), steps, incidents(runId)));
  }

  /** The run's open incidents are in the read model; the engine says where each one sits. */
  private List<OpenIncident> incidents(String runId) {
    List<OpenIncident> open = new ArrayList<>();
    runs.find(runId).ifPresent(run -> run.incidents.keySet().forEach(id -> {
      Incident incident = runtime.createIncidentQuery().incidentId(id).singleResult();
      if (incident != null) {
        open.add(new OpenIncident(id, processKey(incident.getProcessDefinitionId()),
            incident.getProcessInstanceId(), incident.getActivityId(), incident.getIncidentMessage(),
            instant(incident.getIncidentTimestamp())));
      }
    }));
    return open;
  }

  @Override
  public Optional<String> model(String definitionId) {
    try {
      return Optional.of(models.computeIfAbsent(definitionId, id -> {
        try (InputStream xml = repository.getProcessModel(id)) {
          return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    } catch (NotFoundException unknown) {
      return Optional.empty();
    }
  }

  @Override
  public Backlog backlog() {
    long retrying = jdbc.sql("select count(*) from " + management.getTableName(ExternalTaskEntity.class)
        + " where RETRIES_ > 0").query(Long.class).single();
    return new Backlog(externalTasks.createExternalTaskQuery().notLocked().withRetriesLeft().count(),
        externalTasks.createExternalTaskQuery().locked().count(), retrying,
        externalTasks.createExternalTaskQuery().noRetriesLeft().count());
  }

  private String processName(String definitionId) {
    return processNames.computeIfAbsent(definitionId, id -> {
      ProcessDefinition definition = repository.getProcessDefinition(id);
      return definition.getName() == null ? definition.getKey() : definition.getName();
    });
  }

  private String processKey(String definitionId) {
    return definitionId == null ? null : repository.getProcessDefinition(definitionId).getKey();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
