package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.documents.PdfDocuments;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The deal's documents, rendered by the real PDF adapter from the models the deal's handlers build. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DealDocumentTemplatesTest {

  @Autowired PdfDocuments documents;

  static final Deal DEAL = new Deal("deal-42", new DealRequest(null, "Acme <Robotics>", "Dana Reyes",
      "dana@acme.example", "software", 120, 90_000L, "Portal", "low"), "pi-1", Deal.OPEN, DealStage.PROPOSAL, null, null,
      null, null, "A customer portal integrated with the ERP", 42_000, 0, 38, 8, null, null, null, Instant.now(), null);

  @Test
  void proposalCarriesTheClientThePriceFromThePricingDecisionAndItsValidity() throws IOException {
    Map<String, Object> model = DealDocuments.model(DEAL, "Scope: portal. Price: EUR 42,000. Timeline: 8 weeks.",
        new BigDecimal("42000"), "EUR");
    model.put("validUntil", java.time.LocalDate.of(2026, 12, 31));

    String text = text(documents.render(PdfDocuments.PROPOSAL, model));

    assertThat(text).contains("Acme <Robotics>").contains("42,000.00").contains("31 December 2026")
        .contains("deal-42");
  }

  @Test
  void contractCarriesTheSignatureAnchorsForTheESignature() throws IOException {
    Map<String, Object> model = DealDocuments.model(DEAL, DEAL.needsScope(), new BigDecimal("37800"), "EUR");

    String text = text(documents.render(PdfDocuments.CONTRACT, model));

    assertThat(text).contains("Acme <Robotics>").contains("37,800.00").contains("/sig1/").contains("/date1/")
        .contains("customer portal");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
