package com.businessbuilder.deal;

import static com.businessbuilder.deal.DealClosingProcess.Variables.COUNTERSIGNED_CONTRACT;
import static com.businessbuilder.deal.DealClosingProcess.Variables.DEAL_ID;
import static com.businessbuilder.deal.DealClosingProcess.Variables.ENVELOPE_ID;

import com.businessbuilder.approval.ApprovalDecision;
import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import com.businessbuilder.signing.ESignature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Complete listener of <i>Record countersigned contract</i> (after {@code approvalGate}'s): when the CEO says the
 * client signed, the uploaded PDF ({@code countersignedContract}, a File variable from the embedded form) goes to the
 * e-signature adapter, which keeps it and publishes the envelope as completed, and is filed with the deal's
 * documents. The file variable is removed either way, so the PDF never stays process data. An approval without a
 * PDF is refused; the engine's REST API answers 400 with the message, and the task stays open.
 */
@Component("countersignedContractRecording")
class CountersignedContractRecording implements TaskListener {

  static final int MAX_BYTES = 10_000_000;
  private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

  private final ESignature signature;
  private final Documents documents;

  CountersignedContractRecording(ESignature signature, Documents documents) {
    this.signature = signature;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean signed = ApprovalDecision.APPROVE.value().equals(task.getVariable(ApprovalDecision.VARIABLE));
    if (signed) {
      FileValue file = pdf(task);
      byte[] pdf = file.getValue() == null ? new byte[0] : read(file.getValue());
      check(task, pdf);
      String fileName = file.getFilename() == null || file.getFilename().isBlank()
          ? "countersigned-contract.pdf" : file.getFilename();
      signature.countersigned((String) task.getVariable(ENVELOPE_ID), fileName, pdf, recordedBy(task));
      documents.store((String) task.getVariable(DEAL_ID), DocumentKind.COUNTERSIGNED, fileName, pdf);
    }
    task.removeVariable(COUNTERSIGNED_CONTRACT);
  }

  private static FileValue pdf(DelegateTask task) {
    TypedValue value = task.getVariableTyped(COUNTERSIGNED_CONTRACT, false);
    if (value instanceof FileValue file) {
      return file;
    }
    throw new FormFieldValidationException(COUNTERSIGNED_CONTRACT, "'" + task.getName()
        + "': upload the countersigned contract (a PDF) when the client signed"
        + (value == null || value.getValue() == null ? "" : "; got a " + value.getType().getName() + ", not a file"));
  }

  private static void check(DelegateTask task, byte[] pdf) {
    if (pdf.length == 0) {
      throw new FormFieldValidationException(COUNTERSIGNED_CONTRACT,
          "'" + task.getName() + "': the uploaded countersigned contract is empty");
    }
    if (pdf.length > MAX_BYTES) {
      throw new FormFieldValidationException(COUNTERSIGNED_CONTRACT, "'" + task.getName()
          + "': the countersigned contract has " + pdf.length + " bytes; at most " + MAX_BYTES + " are accepted");
    }
    if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
      throw new FormFieldValidationException(COUNTERSIGNED_CONTRACT,
          "'" + task.getName() + "': the countersigned contract must be a PDF");
    }
  }

  private static byte[] read(InputStream in) {
    try (in) {
      return in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String recordedBy(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "ceo";
  }
}
