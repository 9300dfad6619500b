package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.PdfDocuments;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.quality.Deliverable;
import com.businessbuilder.quality.DeliverableVersion;
import com.businessbuilder.quality.Deliverables;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Renders the proposal as QA passed it to PDF (template {@code proposal}) and mails it to the client. */
@Component
class ProposalSending implements TaskHandler {

  private final DealRepository deals;
  private final Deliverables deliverables;
  private final ObjectProvider<PdfDocuments> documents;
  private final DealDocumentFiling filing;
  private final DealMail mail;
  private final DealProperties properties;

  ProposalSending(DealRepository deals, Deliverables deliverables, ObjectProvider<PdfDocuments> documents,
      DealMail mail, DealProperties properties,
      DealDocumentFiling filing) {
    this.filing = filing;
    this.deals = deals;
    this.deliverables = deliverables;
    this.documents = documents;
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.SEND_PROPOSAL;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    String deliverableId = item.string(PROPOSAL_DELIVERABLE_ID);
    Deliverable proposal = deliverables.find(deliverableId).orElseThrow();
    String content = deliverables.finalVersion(deliverableId).map(DeliverableVersion::content)
        .orElseThrow(() -> new IllegalStateException("The proposal of deal " + deal.id() + " has no usable version"));
    Map<String, Object> model = DealDocuments.model(deal, content, proposal.brief().price(),
        proposal.brief().currency());
    // the same validity the model's expiry timer waits for
    model.put("validUntil", LocalDate.now().plusDays(Duration.parse(item.string(PROPOSAL_VALIDITY)).toDays()));
    byte[] pdf = documents.getObject().render(PdfDocuments.PROPOSAL, model);
    filing.file(deal, DocumentKind.PROPOSAL,
        "Proposal " + deal.data().company() + " " + deliverableId.substring(0, 8) + ".pdf", pdf);
    String body = DealMail.greeting(deal) + "\n\nPlease find our proposal for " + deal.data().company()
        + " attached. It states the scope, the price of " + proposal.brief().formattedPrice()
        + " and the timeline. Reply to accept it, or tell us what you would change.\n\nKind regards,\n"
        + properties.senderName();
    mail.send(deal, "proposal-" + deal.id() + "-" + deliverableId, "proposal", "Our proposal for "
        + deal.data().company(), body, List.of(new OutgoingMail.Attachment("Proposal " + deal.data().company() + ".pdf",
        "application/pdf", pdf)));
    return Map.of();
  }
}
