package com.businessbuilder.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ThymeleafPdfDocumentsTest {

  @Autowired PdfDocuments documents;

  @Test
  void aProposalShowsTheClientThePriceAndTheDates() throws IOException {
    byte[] pdf = documents.render(PdfDocuments.PROPOSAL, SampleDocuments.proposal("Initech GmbH"));
    keepForLooking("proposal", pdf);

    String text = text(pdf);
    assertThat(text).contains("Business Builder", "Proposal", "Initech GmbH", "Jane Doe", "jane.doe@initech.example",
        "Deal D-2026-0042", "1 June 2026", "15 July 2026", "order handling from spreadsheets",
        "Process analysis and BPMN models", "EUR 4,800.00", "EUR 6,200.00", "EUR 1,500.00", "EUR 12,500.00",
        "50% on signature");
  }

  @Test
  void aDeliverableShowsEachComponentsMarkdownAsTextWithoutItsMarksOrAnyMarkup() throws IOException {
    String output = """
        # Design: the dealer portal

        The portal has **three** parts:

        - sign-in
        - ordering <script>alert(1)</script>

        ## Output
        1. Carry out: draw the pages
        """;
    Map<String, Object> model = new java.util.HashMap<>();
    model.put("projectId", "P-1");
    model.put("clientName", "Initech GmbH");
    model.put("date", java.time.LocalDate.of(2026, 11, 30));
    model.put("summary", "What we delivered for Initech GmbH.");
    model.put("requirements", List.of("A dealer portal"));
    model.put("version", 2);
    model.put("components", List.of(Map.of("title", "T1 Design", "criteria", "The design covers the portal",
        "content", output, "html", MarkdownHtml.render(output))));

    byte[] pdf = documents.render(PdfDocuments.PROJECT_DELIVERABLE, model);
    keepForLooking("deliverable", pdf);

    String text = text(pdf);
    assertThat(text).contains("Initech GmbH", "T1 Design", "Acceptance criteria met: The design covers the portal",
        "Design: the dealer portal", "sign-in", "Carry out: draw the pages",
        "<script>alert(1)</script>");
    // the bold word is set in another font, which the text extraction puts at the line's end
    assertThat(text).contains("The portal has", "three").doesNotContain("# Design", "## Output", "**three**");
  }

  @Test
  void aContractCarriesTheSignatureAnchors() throws IOException {
    byte[] pdf = documents.render(PdfDocuments.CONTRACT, SampleDocuments.contract("Initech GmbH"));
    keepForLooking("contract", pdf);

    String text = text(pdf);
    assertThat(text).contains("Business Builder", "Service contract", "Initech GmbH", "For Initech GmbH",
        "Deal D-2026-0042", "20 June 2026", "1 July 2026", "EUR 12,500.00", "/sig1/", "/date1/");
  }

  @Test
  void everyDocumentIsSetInTheShippedFontEmbeddedAndPdfboxLooksForNoOther(CapturedOutput log) throws IOException {
    for (byte[] pdf : List.of(documents.render(PdfDocuments.PROPOSAL, SampleDocuments.proposal("Initech GmbH")),
        documents.render(PdfDocuments.CONTRACT, SampleDocuments.contract("Initech GmbH")))) {
      List<PDFont> fonts = new ArrayList<>();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        for (PDPage page : document.getPages()) {
          for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
          }
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.getName()).contains("LiberationSans");
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      });
    }
    assertThat(log.getAll()).doesNotContain("Using fallback font").doesNotContain("not be PDF/UA compliant");
  }

  @Test
  void markupInTheModelIsPrintedAsText() throws IOException {
    Map<String, Object> model = SampleDocuments.contract("<script>alert('x')</script><b>Evil & Co</b>");
    model.put("scope", "<img src=x onerror=alert(1)> plain & simple");

    String text = text(documents.render(PdfDocuments.CONTRACT, model));

    // line breaks and spaces depend on the layout; the characters must all be there, in order
    assertThat(text.replaceAll("\\s", ""))
        .contains("<script>alert('x')</script><b>Evil&Co</b>", "<imgsrc=xonerror=alert(1)>plain&simple");
  }

  @Test
  void theSameModelGivesTheSameText() throws IOException {
    assertThat(text(documents.render(PdfDocuments.PROPOSAL, SampleDocuments.proposal("Initech GmbH"))))
        .isEqualTo(text(documents.render(PdfDocuments.PROPOSAL, SampleDocuments.proposal("Initech GmbH"))));
  }

  @Test
  void aModelWithoutTheRequiredKeysIsRefused() {
    Map<String, Object> model = SampleDocuments.proposal("Initech GmbH");
    model.remove("validUntil");
    model.remove("total");

    assertThatThrownBy(() -> documents.render(PdfDocuments.PROPOSAL, model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The proposal needs total, validUntil");
    assertThatThrownBy(() -> documents.render("invoice", model)).isInstanceOf(IllegalArgumentException.class);
  }

  static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** target/documents/*.pdf, for a person to look at (docs/images holds page 1 of each as PNG). */
  private static void keepForLooking(String name, byte[] pdf) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "documents"));
    Files.write(dir.resolve(name + "-sample.pdf"), pdf);
  }
}
