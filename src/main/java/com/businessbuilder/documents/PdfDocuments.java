package com.businessbuilder.documents;

import java.util.Map;

/**
 * Renders client documents (proposal, contract, project deliverable) to PDF from the Thymeleaf templates under
 * {@code templates/documents/<template>.html}.
 */
public interface PdfDocuments {

  String PROPOSAL = "proposal";
  String CONTRACT = "contract";
  String PROJECT_DELIVERABLE = "project-deliverable";

  /** The PDF of the template filled with the model; the same model always gives the same text. */
  byte[] render(String template, Map<String, Object> model);
}
