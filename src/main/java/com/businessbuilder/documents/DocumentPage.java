package com.businessbuilder.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A document's PDF for a person signed in to the application, e.g. the contract linked on the CEO's Tasklist form:
 * the browser's session carries the sign-in, where {@code /api/documents/{id}} asks for HTTP Basic credentials.
 */
@Controller
class DocumentPage {

  /** Where a form links a document: {@code /documents/<id>}. */
  static final String PATH = "/documents/";

  private final Documents documents;

  DocumentPage(Documents documents) {
    this.documents = documents;
  }

  @GetMapping(PATH + "{id}")
  ResponseEntity<byte[]> get(@PathVariable String id) {
    return DocumentController.pdf(documents, id);
  }
}
