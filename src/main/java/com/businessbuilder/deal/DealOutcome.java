package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.*;
import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.approval.ApprovalDecision;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Closes the deal when its run ends (start listener of every end event), in the engine's transaction: lost with
 * its reason, or won with the project brief that service delivery starts from.
 */
@Component("dealOutcome")
class DealOutcome implements ExecutionListener {

  private static final Map<String, String> LOST_REASONS = Map.ofEntries(
      Map.entry(END_LOST_OUTREACH_NOT_USABLE, "No usable outreach e-mail: the quality gate did not pass it"),
      Map.entry(END_LOST_OUTREACH_REJECTED, "The CEO rejected the outreach"),
      Map.entry(END_LOST_NO_RESPONSE, "No response"),
      Map.entry(END_LOST_PROPOSAL_NOT_USABLE, "No usable proposal: the quality gate did not pass it"),
      Map.entry(END_LOST_PROPOSAL_REJECTED, "The CEO rejected the proposal"),
      Map.entry(END_LOST_PROPOSAL_EXPIRED, "The proposal expired without an answer"),
      Map.entry(END_LOST_CLIENT_DECLINED, "The client declined the proposal"),
      Map.entry(END_LOST_NO_AGREEMENT, "No agreement"),
      Map.entry(END_LOST_TERMS_REJECTED, "The CEO refused terms beyond policy"),
      Map.entry(END_LOST_CONTRACT_DECLINED, "The client declined to sign the contract"),
      Map.entry(END_LOST_CONTRACT_EXPIRED, "The contract was not signed"),
      Map.entry(END_LOST_NOT_COUNTERSIGNED, "The client did not sign the contract on paper"),
      Map.entry(END_LOST_NEEDS_AGENT_BUDGET, "The CEO did not raise the agent budget"),
      Map.entry(END_LOST_NEGOTIATION_AGENT_BUDGET, "The CEO did not raise the agent budget"));

  private static final List<String> CEO_DECISIONS =
      List.of(END_LOST_OUTREACH_REJECTED, END_LOST_PROPOSAL_REJECTED, END_LOST_TERMS_REJECTED,
          END_LOST_NOT_COUNTERSIGNED, END_LOST_NEEDS_AGENT_BUDGET, END_LOST_NEGOTIATION_AGENT_BUDGET);

  private final DealRepository deals;

  DealOutcome(DealRepository deals) {
    this.deals = deals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String end = execution.getCurrentActivityId();
    String dealId = (String) execution.getVariable(DEAL_ID);
    if (END_DEAL_WON.equals(end)) {
      deals.close(dealId, Deal.WON, null, projectBrief(deals.require(dealId), execution));
      return;
    }
    String reason = LOST_REASONS.get(end);
    if (reason == null) {
      throw new IllegalStateException("No deal outcome for end event " + end);
    }
    deals.close(dealId, Deal.LOST, reason + detail(end, execution), null);
  }

  private String detail(String end, DelegateExecution execution) {
    if (CEO_DECISIONS.contains(end)) {
      return ": " + execution.getVariable(ApprovalDecision.COMMENT_VARIABLE);
    }
    if (END_LOST_NO_RESPONSE.equals(end)) {
      return " after the outreach and " + execution.getVariable(FOLLOW_UPS_SENT) + " follow-ups";
    }
    if (END_LOST_NO_AGREEMENT.equals(end)) {
      return " after " + execution.getVariable(NEGOTIATION_ROUND) + " negotiation rounds";
    }
    if (END_LOST_CONTRACT_EXPIRED.equals(end)) {
      return " after " + execution.getVariable(SIGNATURE_REMINDERS_SENT) + " reminders";
    }
    if (END_LOST_CLIENT_DECLINED.equals(end)) {
      String said = lastClientMessage((String) execution.getVariable(DEAL_ID));
      return said == null ? "" : ": " + said;
    }
    if (END_LOST_OUTREACH_NOT_USABLE.equals(end) || END_LOST_PROPOSAL_NOT_USABLE.equals(end)) {
      return " (" + execution.getVariable(QUALITY_OUTCOME) + ")";
    }
    return "";
  }

  private String lastClientMessage(String dealId) {
    return deals.messages(dealId).stream().filter(m -> DealMessage.IN.equals(m.direction()))
        .reduce((first, second) -> second).map(DealMessage::text).orElse(null);
  }

  private static String projectBrief(Deal deal, DelegateExecution execution) {
    return "# Project brief: " + deal.data().company() + "\n\n"
        + "- Contact: " + (deal.data().contactName() == null ? "" : deal.data().contactName() + " ")
        + "<" + deal.data().contactEmail() + ">\n"
        + "- Price: " + DealTerms.money(execution.getVariable(DEAL_VALUE)) + " (discount "
        + execution.getVariable(DISCOUNT_PERCENT) + "%)\n"
        + "- Delivery: " + execution.getVariable(DELIVERY_WEEKS) + " weeks\n"
        + "- Invoice: " + execution.getVariable(INVOICE_NUMBER) + "\n\n"
        + "## Needs\n\n" + deal.needsSummary() + "\n\n## Scope\n\n" + deal.needsScope() + "\n";
  }
}
