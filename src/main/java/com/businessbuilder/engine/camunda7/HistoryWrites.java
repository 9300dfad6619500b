package com.businessbuilder.engine.camunda7;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Writes the history that someone reads ({@link HistoryProperties.Writes#LEAN}): Business Builder reads its runs
 * from the read model, the rules behind a score from decision history, and a run's steps (the command center's
 * timeline and live diagram) from the activity instances; Cockpit Community shows decision instances, open tasks
 * and batches; Tasklist a task's user operations. The variables with each of their changes and the external-task
 * log are read by none of them (Cockpit's history views are Enterprise), yet were most of the rows a lead wrote
 * (docs/benchmarks/pipeline-throughput.md).
 *
 * <p>The engine's own database handler is replaced by one that skips those events; the history level, the other
 * handlers (the read model's) and every history time to live stay as they are.
 */
@Component
class HistoryWrites extends AbstractProcessEnginePlugin {

  private final HistoryProperties properties;

  HistoryWrites(HistoryProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (properties.writes() == HistoryProperties.Writes.FULL) {
      return;
    }
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new LeanDbHistory());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Whether lean history writes an event to the database. */
  static boolean isWritten(HistoryEvent event) {
    return !(event instanceof HistoricVariableUpdateEventEntity || event instanceof HistoricExternalTaskLogEntity);
  }

  /** The engine's database handler, for the events lean history writes. */
  static class LeanDbHistory extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (isWritten(event)) {
        super.handleEvent(event);
      }
    }
  }
}
