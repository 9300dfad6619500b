package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_VALUE;
import static com.businessbuilder.deal.DealClosingProcess.Variables.DISCOUNT_PERCENT;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Reads where a deal stands: its stage from the activities its run waits at (the engine is the record of
 * progress), its outcome and reason from {@code bb_deal} (written when the run ended).
 */
@Component
class DealProgress {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final DealRepository deals;

  DealProgress(RuntimeService runtime, HistoryService history, DealRepository deals) {
    this.runtime = runtime;
    this.history = history;
    this.deals = deals;
  }

  DealView of(Deal deal) {
    String runId = deal.processInstanceId();
    List<Step> steps = Deal.OPEN.equals(deal.status()) ? waitingAt(runId) : List.of();
    DealStage stage = switch (deal.status()) {
      case Deal.WON -> DealStage.WON;
      case Deal.LOST -> DealStage.LOST;
      default -> steps.stream().map(s -> DealStage.of(s.activityId()).orElse(null)).filter(Objects::nonNull)
          .findFirst().orElse(null);
    };
    String names = steps.stream().map(Step::name).filter(Objects::nonNull).distinct()
        .reduce((a, b) -> a + ", " + b).orElse(null);
    List<DealView.Message> messages = deals.messages(deal.id()).stream()
        .map(m -> new DealView.Message(m.direction(), m.kind(), m.text(), m.createdAt())).toList();
    DealRequest data = deal.data();
    return new DealView(deal.id(), data.leadId(), data.company(), data.contactName(), data.contactEmail(),
        data.risk(), runId, deal.createdAt(), deal.status(), stage, names, deal.lostReason(),
        integer(runId, DEAL_VALUE), integer(runId, DISCOUNT_PERCENT), deal.invoiceNumber(), incident(runId),
        messages);
  }

  private List<Step> waitingAt(String runId) {
    ActivityInstance tree = runtime.getActivityInstance(runId);
    if (tree == null) {
      return List.of();
    }
    return Stream.concat(
            Arrays.stream(tree.getChildActivityInstances()).map(a -> new Step(a.getActivityId(), a.getActivityName())),
            Arrays.stream(tree.getChildTransitionInstances()).map(t -> new Step(t.getActivityId(), t.getActivityName())))
        .toList();
  }

  private Integer integer(String runId, String name) {
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(runId)
        .variableName(name).disableCustomObjectDeserialization().singleResult();
    return variable != null && variable.getValue() instanceof Number n ? n.intValue() : null;
  }

  private String incident(String runId) {
    // the quality gate runs as a process instance of its own, called by the deal's run
    List<String> runs = Stream.concat(Stream.of(runId), runtime.createProcessInstanceQuery()
        .superProcessInstanceId(runId).list().stream().map(run -> run.getId())).toList();
    for (String id : runs) {
      List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(id).listPage(0, 1);
      if (!incidents.isEmpty()) {
        return incidents.get(0).getIncidentMessage();
      }
    }
    return null;
  }

  private record Step(String activityId, String name) {}
}
