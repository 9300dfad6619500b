package com.businessbuilder.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** How the CEO answers a gate over the engine's REST API ({@code POST /engine-rest/task/{id}/complete}). */
public final class CeoGateAnswers {

  /** A small valid PDF, as the CEO scans the contract signed by both sides. */
  public static final byte[] SIGNED_PDF = signedPdf();
  private static final String COUNTERSIGNED_CONTRACT_GATE = "UserTask_RecordCountersignedContract";

  /**
   * Approves the gate as the CEO does in Tasklist; the countersigned-contract gate gets the signed PDF as a file,
   * like the upload in its form.
   *
   * @param taskDefinitionKey the gate's element id, as the task list reports it
   */
  public static String approval(String taskDefinitionKey) {
    String countersigned = !COUNTERSIGNED_CONTRACT_GATE.equals(taskDefinitionKey) ? "" : """
        , "countersignedContract": {"type": "File", "value": "%s",
           "valueInfo": {"filename": "signed.pdf", "mimetype": "application/pdf"}}"""
        .formatted(Base64.getEncoder().encodeToString(SIGNED_PDF));
    return """
        {"variables": {"decision": {"value": "approve"}, "comment": {"value": "Go ahead"}%s}}"""
        .formatted(countersigned);
  }

  private static byte[] signedPdf() {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CeoGateAnswers() {}
}
