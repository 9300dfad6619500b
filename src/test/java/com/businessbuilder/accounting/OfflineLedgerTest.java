package com.businessbuilder.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OfflineLedgerTest {

  final LedgerDatabase db = database();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC);
  private final OfflineLedger ledger = new OfflineLedger(db.ledger, db.transactions, "INV", clock);

  /** H2 here; {@link OfflineLedgerOnPostgresTest} runs the same tests on PostgreSQL. */
  LedgerDatabase database() {
    return new LedgerDatabase();
  }

  @Test
  void customerIsCreatedOncePerKeyAndFoundByName() {
    CustomerRef first = ledger.ensureCustomer(new CustomerDetails("customer-d1", "Acme Bakery", "cfo@acme.example"));
    CustomerRef again = ledger.ensureCustomer(new CustomerDetails("customer-d1", "Acme Bakery", "cfo@acme.example"));
    CustomerRef sameCompany = ledger.ensureCustomer(new CustomerDetails("customer-d2", "Acme Bakery", null));

    assertThat(first.provider()).isEqualTo("offline");
    assertThat(first.displayName()).isEqualTo("Acme Bakery");
    assertThat(again).isEqualTo(first);
    assertThat(sameCompany).isEqualTo(first);
    assertThat(db.count("bb_ledger_customer")).isEqualTo(1);
  }

  @Test
  void invoicesAreNumberedPerYearWithoutGaps() {
    CustomerRef customer = ledger.ensureCustomer(new CustomerDetails("customer-d1", "Acme Bakery", null));

    InvoiceRef first = ledger.createInvoice(invoice("invoice-d1", customer, "1200.00", "300.50"));
    InvoiceRef second = ledger.createInvoice(invoice("invoice-d2", customer, "99.99"));

    assertThat(first.number()).isEqualTo("INV-2026-0001");
    assertThat(first.total()).isEqualByComparingTo("1500.50");
    assertThat(first.currency()).isEqualTo("EUR");
    assertThat(first.provider()).isEqualTo("offline");
    assertThat(second.number()).isEqualTo("INV-2026-0002");
    assertThat(db.count("bb_ledger_invoice_line")).isEqualTo(3);

    OfflineLedger nextYear = new OfflineLedger(db.ledger, db.transactions, "INV",
        Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC));
    assertThat(nextYear.createInvoice(invoice("invoice-d3", customer, "10.00")).number()).isEqualTo("INV-2027-0001");
  }

  @Test
  void theSameKeyReturnsTheFirstInvoiceAndCreatesNothing() {
    CustomerRef customer = ledger.ensureCustomer(new CustomerDetails("customer-d1", "Acme Bakery", null));

    InvoiceRef first = ledger.createInvoice(invoice("invoice-d1", customer, "1200.00"));
    InvoiceRef retried = ledger.createInvoice(invoice("invoice-d1", customer, "1200.00"));

    assertThat(retried).isEqualTo(first);
    assertThat(db.count("bb_ledger_invoice")).isEqualTo(1);
    assertThat(ledger.createInvoice(invoice("invoice-d2", customer, "5.00")).number()).isEqualTo("INV-2026-0002");
  }

  @Test
  void concurrentInvoicesGetUniqueSequentialNumbers() throws Exception {
    CustomerRef customer = ledger.ensureCustomer(new CustomerDetails("customer-d1", "Acme Bakery", null));
    int invoices = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<InvoiceRef>> calls = new ArrayList<>();
      // every key twice: concurrent retries of the same invoice as well as different invoices
      for (int i = 0; i < invoices * 2; i++) {
        String key = "invoice-" + (i % invoices);
        calls.add(() -> ledger.createInvoice(invoice(key, customer, "10.00")));
      }
      List<InvoiceRef> created = new ArrayList<>();
      for (Future<InvoiceRef> future : pool.invokeAll(calls)) {
        created.add(future.get());
      }

      assertThat(created.stream().map(InvoiceRef::invoiceId).distinct()).hasSize(invoices);
      assertThat(created.stream().map(InvoiceRef::number).distinct().sorted())
          .containsExactlyElementsOf(IntStream.rangeClosed(1, invoices)
              .mapToObj(n -> String.format("INV-2026-%04d", n)).toList());
      assertThat(db.count("bb_ledger_invoice")).isEqualTo(invoices);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInvoiceNeedsAKnownCustomerAndALine() {
    assertThatThrownBy(() -> ledger.createInvoice(new InvoiceRequest("invoice-x", "C-unknown", "d1",
        List.of(new InvoiceLine("Work", BigDecimal.TEN)), null, "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-unknown");
    CustomerRef customer = ledger.ensureCustomer(new CustomerDetails("customer-d1", "Acme Bakery", null));
    assertThatThrownBy(() -> ledger.createInvoice(new InvoiceRequest("invoice-x", customer.customerId(), "d1",
        List.of(), null, "EUR"))).isInstanceOf(IllegalArgumentException.class);
  }

  static InvoiceRequest invoice(String key, CustomerRef customer, String... amounts) {
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      lines.add(new InvoiceLine("Website, phase " + (i + 1), new BigDecimal(amounts[i])));
    }
    return new InvoiceRequest(key, customer.customerId(), "deal-" + key, lines, LocalDate.parse("2026-04-13"), "EUR");
  }
}
