package com.businessbuilder.engine.camunda7;

import com.businessbuilder.engine.GateListener;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine-side callbacks, installed once for every model instead of being wired into each: every user task
 * gets the {@link GateTaskListener} (as a built-in listener, which no "skip listeners" option of an API or of
 * Cockpit turns off), and the engine's history events feed the {@link RunProjector}.
 */
@Component
class EngineCallbacks extends AbstractProcessEnginePlugin {

  private final RunProjector projector;
  private final ObjectProvider<GateListener> gateListeners;

  EngineCallbacks(RunProjector projector, ObjectProvider<GateListener> gateListeners) {
    this.projector = projector;
    this.gateListeners = gateListeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener gates = new GateTaskListener(gateListeners);
    List<BpmnParseListener> parseListeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, gates);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, gates);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, gates);
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<HistoryEventHandler> historyHandlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      historyHandlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    historyHandlers.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        projector.handle(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(projector::handle);
      }
    });
    configuration.setCustomHistoryEventHandlers(historyHandlers);
  }
}
