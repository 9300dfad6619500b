package com.businessbuilder.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents", description = "Proposals and contracts sent to clients, and the countersigned contracts")
class DocumentController {

  private final Documents documents;

  DocumentController(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/{id}")
  @Operation(summary = "The document's PDF", description = "Inline, with its file name")
  ResponseEntity<byte[]> get(@PathVariable String id) {
    return pdf(documents, id);
  }

  /** The stored PDF, shown inline under its file name; 404 for an unknown id. */
  static ResponseEntity<byte[]> pdf(Documents documents, String id) {
    DocumentFile file = documents.get(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document with id " + id));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(file.document().fileName(), StandardCharsets.UTF_8).build().toString())
        .contentLength(file.content().length)
        .body(file.content());
  }

  @GetMapping
  @Operation(summary = "Every version of a deal's documents", description = "Without the bytes; by kind and version")
  List<StoredDocument> ofDeal(@RequestParam String dealId) {
    return documents.ofDeal(dealId);
  }
}
