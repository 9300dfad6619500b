package com.businessbuilder.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of a deal's client documents, as {@link com.businessbuilder.documents.PdfDocuments} expects it. */
final class DealDocuments {

  /** The price comes from the pricing decision (or the negotiated terms), never from the agent's text. */
  static Map<String, Object> model(Deal deal, String scope, BigDecimal total, String currency) {
    Map<String, Object> model = new HashMap<>();
    model.put("dealId", deal.id());
    model.put("clientName", deal.data().company());
    model.put("contactName", deal.data().contactName());
    model.put("contactEmail", deal.data().contactEmail());
    model.put("date", LocalDate.now());
    model.put("scope", scope == null || scope.isBlank() ? "As agreed with " + deal.data().company() : scope);
    model.put("lineItems", List.of(Map.of("description", "Services as described in the scope", "amount", total)));
    model.put("total", total);
    model.put("currency", currency);
    return model;
  }

  private DealDocuments() {}
}
