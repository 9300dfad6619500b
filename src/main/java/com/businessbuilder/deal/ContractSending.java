package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.PdfDocuments;
import com.businessbuilder.mail.OutgoingMail;
import com.businessbuilder.signing.ESignature;
import com.businessbuilder.signing.Envelope;
import com.businessbuilder.signing.EnvelopeStatus;
import com.businessbuilder.signing.SignatureRequest;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Renders the contract (template {@code contract}) with the agreed terms and sends it for e-signature; the
 * idempotency key makes a retry return the first envelope. Signing and declining come back as
 * {@link com.businessbuilder.signing.SignatureEvent}s ({@link DealSignatures}). When the envelope waits for a
 * countersignature (offline signing: no e-signature service sends it), the contract goes to the client as a PDF by
 * e-mail, once: a retry finds the mail by its key.
 */
@Component
class ContractSending implements TaskHandler {

  private final DealRepository deals;
  private final ObjectProvider<PdfDocuments> documents;
  private final DealDocumentFiling filing;
  private final ObjectProvider<ESignature> signatures;
  private final DealMail mail;
  private final DealProperties properties;

  ContractSending(DealRepository deals, ObjectProvider<PdfDocuments> documents,
      ObjectProvider<ESignature> signatures, DealDocumentFiling filing, DealMail mail, DealProperties properties) {
    this.filing = filing;
    this.deals = deals;
    this.documents = documents;
    this.signatures = signatures;
    this.mail = mail;
    this.properties = properties;
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
    String fileName = "Contract " + deal.data().company() + ".pdf";
    filing.file(deal, DocumentKind.CONTRACT, fileName, pdf);
    String signer = deal.data().contactName() == null ? deal.data().company() : deal.data().contactName();
    Envelope envelope = signatures.getObject().send(new SignatureRequest("contract-" + deal.id(), deal.id(),
        fileName, pdf, signer, deal.data().contactEmail(), "Your contract with us: please sign"));
    if (envelope.status() == EnvelopeStatus.AWAITING_COUNTERSIGNATURE) {
      mailForSigning(deal, fileName, pdf);
    }
    if (!envelope.envelopeId().equals(deal.envelopeId())) {
      // a retry gets the first envelope back and records nothing twice
      deals.recordEnvelope(deal.id(), envelope.envelopeId());
      deals.addMessage(deal.id(), DealMessage.OUT, "contract", "Contract sent for signature (envelope "
          + envelope.envelopeId() + ", " + envelope.provider() + ")");
    }
    return Map.of(ENVELOPE_ID, envelope.envelopeId(), ENVELOPE_STATUS, envelope.status().name());
  }

  /** No service sends it for signature: the client gets the PDF to sign and send back; the CEO records it. */
  private void mailForSigning(Deal deal, String fileName, byte[] pdf) {
    String body = DealMail.greeting(deal) + "\n\nThank you for accepting our proposal. Please find the contract "
        + "for " + deal.data().company() + " attached: it states the scope, the price of " + DealTerms.money(deal.price())
        + " and the payment terms. Please sign it and send the signed copy back by replying to this e-mail (a scan or "
        + "a PDF is fine). We countersign it and then set up the project with you.\n\nKind regards,\n"
        + properties.senderName();
    mail.send(deal, "contract-" + deal.id(), "contract", "Your contract with us: please sign", body,
        List.of(new OutgoingMail.Attachment(fileName, "application/pdf", pdf)));
  }
}
