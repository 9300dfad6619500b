package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.NEEDS_COMPLEXITY;
import static com.businessbuilder.deal.DealClosingProcess.Variables.NEEDS_SIZE;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The business-development agent turns the conversation with the client into structured needs. */
@Component
class NeedsAssessing implements TaskHandler {

  static final String ROLE = "business-dev";

  private final DealRepository deals;
  private final Agents agents;

  NeedsAssessing(DealRepository deals, Agents agents) {
    this.deals = deals;
    this.agents = agents;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.ASSESS_NEEDS;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("company", deal.data().company());
    inputs.put("industry", deal.data().industry());
    inputs.put("employees", deal.data().employees());
    inputs.put("annualBudget", deal.data().annualBudget());
    inputs.put("notes", deal.data().notes());
    inputs.put("conversation", deals.messages(deal.id()).stream()
        .map(m -> (DealMessage.IN.equals(m.direction()) ? "Client" : "Us") + " (" + m.kind() + "):\n" + m.text())
        .collect(Collectors.joining("\n\n")));
    NeedsAssessment needs = agents.ask(new Assignment(ROLE, topic(), item, inputs), NeedsAssessment.class);
    deals.recordNeeds(deal.id(), needs.summary().trim(), needs.scope().trim());
    return Map.of(NEEDS_SIZE, needs.size(), NEEDS_COMPLEXITY, needs.complexity());
  }
}
