package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.*;

import com.businessbuilder.documents.PdfDocuments;
import com.businessbuilder.signing.ESignature;
import com.businessbuilder.signing.Envelope;
import com.businessbuilder.signing.SignatureRequest;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.time.LocalDate;
import java.util.HashMap;
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
  private final ObjectProvider<ESignature> signatures;

  ContractSending(DealRepository deals, ObjectProvider<PdfDocuments> documents,
      ObjectProvider<ESignature> signatures) {
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
    Deal deal = deals.require(item.string(DEAL_ID));
    Map<String, Object> model = new HashMap<>();
    model.put("dealId", deal.id());
    model.put("company", deal.data().company());
    model.put("contactName", deal.data().contactName());
    model.put("contactEmail", deal.data().contactEmail());
    model.put("scope", deal.needsScope());
    model.put("price", item.integer(DEAL_VALUE));
    model.put("formattedPrice", DealTerms.money(item.integer(DEAL_VALUE)));
    model.put("discountPercent", item.integer(DISCOUNT_PERCENT));
    model.put("deliveryWeeks", item.integer(DELIVERY_WEEKS));
    model.put("date", LocalDate.now().toString());
    byte[] pdf = documents.getObject().render(PdfDocuments.CONTRACT, model);
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
