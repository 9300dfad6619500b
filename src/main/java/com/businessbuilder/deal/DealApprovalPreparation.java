package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Elements.APPROVE_OUTREACH;
import static com.businessbuilder.deal.DealClosingProcess.Elements.APPROVE_PROPOSAL;
import static com.businessbuilder.deal.DealClosingProcess.Elements.APPROVE_TERMS;
import static com.businessbuilder.deal.DealClosingProcess.Elements.RECORD_COUNTERSIGNED_CONTRACT;
import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.approval.GateContent;
import com.businessbuilder.approval.PreparesGate;
import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.quality.DeliverableVersion;
import com.businessbuilder.quality.Deliverables;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Puts what the CEO decides on onto the deal's gates when they open, shown by the gate only: the outreach e-mail or
 * the proposal as QA passed it, the revised terms, or the contract waiting for its countersigned PDF (with the
 * client's name and a link to the contract the client was sent).
 */
@Component
class DealApprovalPreparation implements PreparesGate {

  private static final Set<String> GATES =
      Set.of(APPROVE_OUTREACH, APPROVE_PROPOSAL, APPROVE_TERMS, RECORD_COUNTERSIGNED_CONTRACT);

  private final Deliverables deliverables;
  private final DealRepository deals;
  private final Documents documents;

  DealApprovalPreparation(Deliverables deliverables, DealRepository deals, Documents documents) {
    this.deliverables = deliverables;
    this.deals = deals;
    this.documents = documents;
  }

  @Override
  public boolean prepares(GateEvent gate) {
    return gate.processId().startsWith("deal-") && GATES.contains(gate.key());
  }

  @Override
  public GateContent prepare(GateEvent gate) {
    Deal deal = deals.require((String) gate.variable(DEAL_ID));
    String client = deal.data().company();
    return switch (gate.key()) {
      case APPROVE_OUTREACH -> document(gate, OUTREACH_DELIVERABLE_ID, "Outreach e-mail to " + client);
      case APPROVE_PROPOSAL -> document(gate, PROPOSAL_DELIVERABLE_ID,
          "Proposal to " + client + " for " + DealTerms.money(deal.price()));
      case RECORD_COUNTERSIGNED_CONTRACT -> contract(deal);
      default -> new GateContent("Revised terms for " + client + ": " + DealTerms.money(deal.price()), Map.of(
          DELIVERABLE_CONTENT, DealTerms.describe(deal.price(), deal.discountPercent(), deal.marginPercent(),
              gate.variable(REQUESTED_DISCOUNT_PERCENT))));
    };
  }

  private GateContent contract(Deal deal) {
    String client = deal.data().company();
    Map<String, Object> shown = new HashMap<>();
    shown.put(CLIENT_NAME, client);
    shown.put(DELIVERABLE_CONTENT, "Contract " + deal.envelopeId() + " with " + client + " for "
        + DealTerms.money(deal.price()) + " (discount " + deal.discountPercent() + "%), e-mailed to "
        + deal.data().contactEmail() + " to sign and send back.");
    documents.latest(deal.id(), DocumentKind.CONTRACT)
        .ifPresent(contract -> shown.put(CONTRACT_LINK, Documents.page(contract.id())));
    return new GateContent("Contract with " + client + " signed on paper?", shown);
  }

  private GateContent document(GateEvent gate, String variable, String summary) {
    String id = (String) gate.variable(variable);
    String content = deliverables.finalVersion(id).map(DeliverableVersion::content).orElse("(no usable version)");
    return new GateContent(summary, Map.of(DELIVERABLE_CONTENT,
        GateContent.excerpt(content, "GET /api/deliverables/" + id)));
  }
}
