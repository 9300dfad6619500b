package com.businessbuilder.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The templates the PDF adapter renders accept the models the deal's handlers give them and escape their text. */
class DealDocumentTemplatesTest {

  static String render(String template, Map<String, Object> model) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/documents/");
    resolver.setSuffix(".html");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine.process(template, new Context(null, model));
  }

  @Test
  void proposalStatesThePriceAndTheText() {
    String html = render("proposal", Map.of("company", "Acme <Robotics>", "contactName", "Dana Reyes",
        "content", "# Proposal\n\n## Price\n\nEUR 30,000", "formattedPrice", "EUR 30,000",
        "startDate", "2026-03-02", "deliveryDate", "2026-05-11", "dealId", "d-1"));

    assertThat(html).contains("Proposal for Acme &lt;Robotics&gt;", "EUR 30,000", "2026-05-11", "## Price");
  }

  @Test
  void contractCarriesTheTermsAndTheSignatureAnchors() {
    String html = render("contract", Map.of("company", "Acme Robotics", "contactEmail", "dana@acme.example",
        "scope", "A dealer portal", "formattedPrice", "EUR 25,500", "discountPercent", 15, "deliveryWeeks", 10,
        "date", "2026-03-01", "dealId", "d-1"));

    assertThat(html).contains("EUR 25,500", "after a discount of 15%", "dana@acme.example", "/sig1/", "/date1/");
  }
}
