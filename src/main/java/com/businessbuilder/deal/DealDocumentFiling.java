package com.businessbuilder.deal;

import com.businessbuilder.documents.DocumentKind;
import com.businessbuilder.documents.Documents;
import org.springframework.stereotype.Component;

/**
 * Files the documents a deal sends to the client, once per file name: a retried sending task does not file the
 * same document as a new version.
 */
@Component
class DealDocumentFiling {

  private final Documents documents;

  DealDocumentFiling(Documents documents) {
    this.documents = documents;
  }

  void file(Deal deal, DocumentKind kind, String fileName, byte[] pdf) {
    boolean filed = documents.latest(deal.id(), kind).filter(latest -> latest.fileName().equals(fileName))
        .isPresent();
    if (!filed) {
      documents.store(deal.id(), kind, fileName, pdf);
    }
  }
}
