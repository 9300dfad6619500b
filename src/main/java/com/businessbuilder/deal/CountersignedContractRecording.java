package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.COUNTERSIGNED_CONTRACT;
import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.ENVELOPE_ID;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.approval.RecordsGateDecision;
import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.engine.GateListener.UploadedFile;
import com.businessbuilder.engine.GateRefused;
import com.businessbuilder.signing.ESignature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * <i>Record countersigned contract</i>: when the CEO says the client signed, the uploaded PDF
 * ({@code countersignedContract}, from the embedded form) goes to the e-signature adapter, which keeps it and
 * publishes the envelope as completed, and is filed with the deal's documents. An approval without a PDF is refused
 * (REST 400, a message on the form) and the gate stays open. The engine never keeps the file as process data.
 */
@Component
class CountersignedContractRecording implements RecordsGateDecision {

  private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

  private final ESignature signature;
  private final Documents documents;

  CountersignedContractRecording(ESignature signature, Documents documents) {
    this.signature = signature;
    this.documents = documents;
  }

  @Override
  public boolean records(GateEvent gate) {
    return DealClosingProcess.Stages.CONTRACT.equals(gate.processId())
        && DealClosingProcess.Elements.RECORD_COUNTERSIGNED_CONTRACT.equals(gate.key());
  }

  @Override
  public void decided(GateEvent gate, ApprovalDecision decision) {
    if (decision != ApprovalDecision.APPROVE) {
      return;
    }
    UploadedFile file = pdf(gate);
    String fileName = file.fileName() == null || file.fileName().isBlank()
        ? "countersigned-contract.pdf" : file.fileName();
    signature.countersigned((String) gate.variable(ENVELOPE_ID), fileName, file.content(),
        gate.person() == null ? "ceo" : gate.person());
    documents.store((String) gate.variable(DEAL_ID), DocumentKind.COUNTERSIGNED, fileName, file.content());
  }

  private static UploadedFile pdf(GateEvent gate) {
    Object value = gate.variable(COUNTERSIGNED_CONTRACT);
    // Tasklist sends an empty file when none was chosen
    if (!(value instanceof UploadedFile file) || file.content().length == 0 && blank(file.fileName())) {
      throw refused("a file is required when the client signed");
    }
    byte[] pdf = file.content();
    if (pdf.length == 0) {
      throw refused("'" + file.fileName() + "' is empty");
    }
    if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
      throw refused((blank(file.fileName()) ? "the file" : "'" + file.fileName() + "'") + " is not a PDF");
    }
    return file;
  }

  /** Names the form's field and says what to do, as Tasklist shows it above the form. */
  private static GateRefused refused(String problem) {
    return new GateRefused(COUNTERSIGNED_CONTRACT, "Countersigned contract: " + problem
        + "; upload the PDF signed by the client and by you");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
