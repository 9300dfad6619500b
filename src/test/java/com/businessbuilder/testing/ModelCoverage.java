package com.businessbuilder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/** Flow-node coverage of a model: every element of it was passed by some run in this test context. */
@Component
public class ModelCoverage {

  private final ProcessEngine engine;

  ModelCoverage(ProcessEngine engine) {
    this.engine = engine;
  }

  public void assertEveryFlowNodePassed(String processId) {
    ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processId).latestVersion().singleResult();
    List<String> flowNodes = engine.getRepositoryService().getBpmnModelInstance(latest.getId())
        .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
    // every release of the model counts: a test may have deployed a new release of the same models since
    Set<String> passed = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processId)
        .list().stream()
        .flatMap(definition -> engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processDefinitionId(definition.getId()).list().stream())
        .map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());
    assertThat(passed).as("flow nodes of %s passed by the tests", processId).containsAll(flowNodes);
  }
}
