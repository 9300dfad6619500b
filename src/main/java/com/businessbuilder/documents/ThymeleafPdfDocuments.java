package com.businessbuilder.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Client documents as PDF: Thymeleaf fills {@code templates/documents/<template>.html} with the model, openhtmltopdf
 * lays the XHTML out on A4 pages (PDFBox). Templates write model text with {@code th:text} only, so a client name
 * like {@code <script>} is printed, never interpreted; they must stay well-formed XHTML (the renderer parses XML).
 *
 * <p>The model, for both {@link #PROPOSAL} and {@link #CONTRACT}:
 * <ul>
 *   <li>{@code dealId} (String, required), {@code clientName} (String, required)</li>
 *   <li>{@code contactName}, {@code contactEmail} (String, optional)</li>
 *   <li>{@code date} ({@link java.time.LocalDate}, required): the document's date</li>
 *   <li>{@code scope} (String, required): the client's needs and what we will do; line breaks are kept</li>
 *   <li>{@code lineItems} (list of {@link LineItem}, or of maps with {@code description} and {@code amount}),
 *       {@code total} (Number) and {@code currency} (ISO code, e.g. EUR), all required; amounts print as
 *       {@code EUR 12,500.00}</li>
 *   <li>{@code paymentTerms} (String, optional), e.g. "50% on signature, 50% on delivery, 30 days net"</li>
 *   <li>proposal: {@code validUntil} ({@link java.time.LocalDate}, required)</li>
 *   <li>contract: {@code startDate} ({@link java.time.LocalDate}, optional); the client's signature line carries
 *       the invisible anchors {@code /sig1/} and {@code /date1/} for DocuSign's anchor tabs</li>
 * </ul>
 * Dates print as {@code 1 June 2026}. Every document is set in Liberation Sans (SIL Open Font License 1.1, shipped
 * in the jar and embedded in each PDF, so it looks the same on every reader): Latin, Greek and Cyrillic and the
 * euro sign; other characters print as {@code #}. The PDFs are tagged for accessibility (PDF/UA), which also keeps
 * the renderer from loading the 14 standard PDF fonts, which this machine does not have.
 */
@Component
class ThymeleafPdfDocuments implements PdfDocuments {

  private static final Set<String> DEAL_DOCUMENT = Set.of("dealId", "clientName", "date", "scope", "lineItems",
      "total", "currency");
  private static final Map<String, Set<String>> REQUIRED_BY_TEMPLATE = Map.of(
      PROPOSAL, with(DEAL_DOCUMENT, "validUntil"),
      CONTRACT, DEAL_DOCUMENT,
      PROJECT_DELIVERABLE, Set.of("projectId", "clientName", "date", "summary", "requirements", "components",
          "version"));
  private static final List<String> OPTIONAL = List.of("contactName", "contactEmail", "paymentTerms", "validUntil",
      "startDate");

  /** The family the templates ask for ({@code templates/documents/letterhead.html}). */
  static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONT_FOLDER = "liberation/";
  private static final Map<String, Face> FONTS = Map.of(
      "LiberationSans-Regular.ttf", new Face(400, FontStyle.NORMAL),
      "LiberationSans-Bold.ttf", new Face(700, FontStyle.NORMAL),
      "LiberationSans-Italic.ttf", new Face(400, FontStyle.ITALIC),
      "LiberationSans-BoldItalic.ttf", new Face(700, FontStyle.ITALIC));

  private record Face(int weight, FontStyle style) {}

  private final ITemplateEngine templates;

  ThymeleafPdfDocuments(ITemplateEngine templates) {
    this.templates = templates;
  }

  private static InputStream font(String file) {
    InputStream in = ThymeleafPdfDocuments.class.getClassLoader().getResourceAsStream(FONT_FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("The font " + FONT_FOLDER + file + " is not on the classpath "
          + "(com.github.librepdf:openpdf-fonts-extra)");
    }
    return in;
  }

  private static Set<String> with(Set<String> names, String name) {
    Set<String> all = new java.util.HashSet<>(names);
    all.add(name);
    return Set.copyOf(all);
  }

  /** One line of the price table. */
  public record LineItem(String description, Number amount) {}

  @Override
  public byte[] render(String template, Map<String, Object> model) {
    if (!REQUIRED_BY_TEMPLATE.containsKey(template)) {
      throw new IllegalArgumentException("No document template '" + template + "'; there are "
          + REQUIRED_BY_TEMPLATE.keySet());
    }
    List<String> missing = REQUIRED_BY_TEMPLATE.get(template).stream()
        .filter(key -> model.get(key) == null).sorted().toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The " + template + " needs " + String.join(", ", missing));
    }
    Context context = new Context(Locale.ENGLISH);
    OPTIONAL.forEach(key -> context.setVariable(key, null));
    context.setVariables(model);
    String xhtml = templates.process("documents/" + template, context);
    return pdf(xhtml);
  }

  private static byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      FONTS.forEach((file, face) -> builder.useFont(() -> font(file), FONT_FAMILY, face.weight(), face.style(), true));
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not lay out the document", e);
    }
    return out.toByteArray();
  }
}
