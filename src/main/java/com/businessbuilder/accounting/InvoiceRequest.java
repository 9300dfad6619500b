package com.businessbuilder.accounting;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice to raise.
 *
 * @param idempotencyKey the same key for every retry, e.g. {@code invoice-<dealId>}
 * @param currency ISO 4217, e.g. {@code EUR}
 */
public record InvoiceRequest(String idempotencyKey, String customerId, String dealId, List<InvoiceLine> lines,
    LocalDate dueDate, String currency) {

  public InvoiceRequest {
    lines = List.copyOf(lines);
  }
}
