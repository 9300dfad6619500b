package com.businessbuilder.deal;

import com.businessbuilder.system.engine.RunPosition;
import com.businessbuilder.system.engine.RunPosition.WaitingStep;
import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_VALUE;
import static com.businessbuilder.deal.DealClosingProcess.Variables.DISCOUNT_PERCENT;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads where a deal stands: its stage from the activities its run waits at (the engine is the record of
 * progress), its outcome and reason from {@code bb_deal} (written when the run ended).
 */
@Component
class DealProgress {

  private final RunPosition position;
  private final HistoryService history;
  private final DealRepository deals;

  DealProgress(RunPosition position, HistoryService history, DealRepository deals) {
    this.position = position;
    this.history = history;
    this.deals = deals;
  }

  DealView of(Deal deal) {
    String runId = deal.processInstanceId();
    List<WaitingStep> steps = Deal.OPEN.equals(deal.status()) ? position.waitingAt(runId) : List.of();
    DealStage stage = switch (deal.status()) {
      case Deal.WON -> DealStage.WON;
      case Deal.LOST -> DealStage.LOST;
      default -> steps.stream().map(s -> DealStage.of(s.activityId()).orElse(null)).filter(Objects::nonNull)
          .findFirst().orElse(null);
    };
    String names = RunPosition.describe(steps);
    List<DealView.Message> messages = deals.messages(deal.id()).stream()
        .map(m -> new DealView.Message(m.direction(), m.kind(), m.text(), m.createdAt())).toList();
    DealRequest data = deal.data();
    return new DealView(deal.id(), data.leadId(), data.company(), data.contactName(), data.contactEmail(),
        data.risk(), runId, deal.createdAt(), deal.status(), stage, names, deal.lostReason(),
        integer(runId, DEAL_VALUE), integer(runId, DISCOUNT_PERCENT), deal.invoiceNumber(), position.incident(runId),
        messages);
  }

  private Integer integer(String runId, String name) {
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(runId)
        .variableName(name).disableCustomObjectDeserialization().singleResult();
    return variable != null && variable.getValue() instanceof Number n ? n.intValue() : null;
  }

}
