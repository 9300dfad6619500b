package com.businessbuilder.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Models of a proposal and a contract as the deal-closing process would fill them. */
final class SampleDocuments {

  private SampleDocuments() {}

  static Map<String, Object> proposal(String clientName) {
    Map<String, Object> model = common(clientName);
    model.put("validUntil", LocalDate.of(2026, 7, 15));
    return model;
  }

  static Map<String, Object> contract(String clientName) {
    Map<String, Object> model = common(clientName);
    model.put("date", LocalDate.of(2026, 6, 20));
    model.put("startDate", LocalDate.of(2026, 7, 1));
    return model;
  }

  private static Map<String, Object> common(String clientName) {
    Map<String, Object> model = new HashMap<>();
    model.put("dealId", "D-2026-0042");
    model.put("clientName", clientName);
    model.put("contactName", "Jane Doe");
    model.put("contactEmail", "jane.doe@initech.example");
    model.put("date", LocalDate.of(2026, 6, 1));
    model.put("scope", "Initech wants to move its order handling from spreadsheets to a workflow system.\n"
        + "We analyse the current process, model it in BPMN, automate the order intake and train two of "
        + "Initech's staff to maintain the models.");
    model.put("lineItems", List.of(
        new ThymeleafPdfDocuments.LineItem("Process analysis and BPMN models", new BigDecimal("4800.00")),
        Map.of("description", "Automation of the order intake", "amount", new BigDecimal("6200.00")),
        new ThymeleafPdfDocuments.LineItem("Training (2 days)", 1500)));
    model.put("total", new BigDecimal("12500.00"));
    model.put("currency", "EUR");
    model.put("paymentTerms", "50% on signature, 50% on delivery, 30 days net");
    return model;
  }
}
