package com.businessbuilder.deal;

import java.math.BigDecimal;
import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.PdfDocuments;
import com.businessbuilder.signing.ESignature;
import com.businessbuilder.signing.Envelope;
import com.businessbuilder.signing.SignatureRequest;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Renders the contract (template {@code contract}) with the agreed terms and sends it for e-signature; the
 * idempotency key makes a retry return the first envelope. Signing and declining come back as
 * {@link com.businessbuilder.signing.SignatureEvent}s ({@link DealSignatures}).
 */
@Component
class ContractSending implements TaskHandler {

  private final DealRepository deals;
  private final ObjectProvider<PdfDocuments> documents;
  private final DealDocumentFiling filing;
  private final ObjectProvider<ESignature> signatures;

  ContractSending(DealRepository deals, ObjectProvider<PdfDocuments> documents,
      ObjectProvider<ESignature> signatures,
      DealDocumentFiling filing) {
    this.filing = filing;
    this.deals = deals;
    this.documents = documents;
    this.signatures = signatures;
  }

  @Override
  public String topic() {
    return DealClosingProcess.Topics.SEND_CONTRACT;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Deal deal = deals.require(item.require(DEAL_ID));
    Map<String, Object> model = DealDocuments.model(deal, deal.needsScope(), BigDecimal.valueOf(deal.price()),
        WonDealRecording.CURRENCY);
    model.put("paymentTerms", "50% on signature, 50% on delivery, 30 days net");
    model.put("startDate", LocalDate.now().plusWeeks(2));
    byte[] pdf = documents.getObject().render(PdfDocuments.CONTRACT, model);
    filing.file(deal, DocumentKind.CONTRACT, "Contract " + deal.data().company() + ".pdf", pdf);
    String signer = deal.data().contactName() == null ? deal.data().company() : deal.data().contactName();
    Envelope envelope = signatures.getObject().send(new SignatureRequest("contract-" + deal.id(), deal.id(),
        "Contract " + deal.data().company() + ".pdf", pdf, signer, deal.data().contactEmail(),
        "Your contract with us: please sign"));
    if (!envelope.envelopeId().equals(deal.envelopeId())) {
      // a retry gets the first envelope back and records nothing twice
      deals.recordEnvelope(deal.id(), envelope.envelopeId());
      deals.addMessage(deal.id(), DealMessage.OUT, "contract", "Contract sent for signature (envelope "
          + envelope.envelopeId() + ", " + envelope.provider() + ")");
    }
    return Map.of(ENVELOPE_ID, envelope.envelopeId(), ENVELOPE_STATUS, envelope.status().name());
  }
}
