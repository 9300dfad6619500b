package com.businessbuilder.accounting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ledger's invoices (offline ones and those recorded from QuickBooks), as JSON and as a CSV export. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

  static final String CSV_HEADER = "number,invoice_id,provider,customer_id,deal_id,total,currency,due_date,created_at";

  private final LedgerRepository ledger;

  LedgerController(LedgerRepository ledger) {
    this.ledger = ledger;
  }

  @GetMapping(path = "/invoices", produces = MediaType.APPLICATION_JSON_VALUE)
  List<LedgerInvoiceView> invoices() {
    return ledger.invoices().stream().map(LedgerInvoiceView::of).toList();
  }

  @GetMapping(path = "/invoices.csv")
  ResponseEntity<String> export() {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
    for (var invoice : ledger.invoices()) {
      csv.append(String.join(",", cell(invoice.number()), cell(invoice.id()), cell(invoice.provider()),
              cell(invoice.customerId()), cell(invoice.dealId()), invoice.total().toPlainString(),
              cell(invoice.currency()), invoice.dueDate() == null ? "" : invoice.dueDate().toString(),
              invoice.createdAt().toString()))
          .append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invoices.csv\"")
        .body(csv.toString());
  }

  /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet shows text, not a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        || !text.equals(value)) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  record LedgerInvoiceView(String number, String invoiceId, String provider, String customerId, String dealId,
      BigDecimal total, String currency, LocalDate dueDate, Instant createdAt) {

    static LedgerInvoiceView of(LedgerRepository.LedgerInvoice invoice) {
      return new LedgerInvoiceView(invoice.number(), invoice.id(), invoice.provider(), invoice.customerId(),
          invoice.dealId(), invoice.total(), invoice.currency(), invoice.dueDate(), invoice.createdAt());
    }
  }
}
