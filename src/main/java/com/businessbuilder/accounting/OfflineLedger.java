package com.businessbuilder.accounting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default accounting: customers and invoices in the application's own tables, numbered
 * {@code <prefix>-<year>-0001} without gaps. The numbers of a year's series come from one row whose update lock
 * serialises concurrent invoices; a second call with the same idempotency key returns the first invoice.
 */
class OfflineLedger implements Accounting {

  static final String ID = "offline";
  private static final int ATTEMPTS = 5;

  private final LedgerRepository ledger;
  private final TransactionTemplate transactions;
  private final String prefix;
  private final Clock clock;

  OfflineLedger(LedgerRepository ledger, TransactionTemplate transactions, String prefix, Clock clock) {
    this.ledger = ledger;
    this.transactions = transactions;
    this.prefix = prefix;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CustomerRef ensureCustomer(CustomerDetails customer) {
    requireKey(customer.idempotencyKey());
    String name = Objects.requireNonNull(customer.companyName(), "companyName").strip();
    for (int attempt = 1; ; attempt++) {
      var known = ledger.customerByKey(ID, customer.idempotencyKey()).or(() -> ledger.customerByName(ID, name));
      if (known.isPresent()) {
        return known.get();
      }
      CustomerRef created = new CustomerRef("C-" + UUID.randomUUID(), name, ID);
      try {
        ledger.insertCustomer(created, customer);
        return created;
      } catch (DuplicateKeyException raced) {
        if (attempt >= ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  @Override
  public InvoiceRef createInvoice(InvoiceRequest invoice) {
    requireKey(invoice.idempotencyKey());
    if (invoice.lines().isEmpty()) {
      throw new IllegalArgumentException("An invoice needs at least one line");
    }
    if (!ledger.customerExists(ID, invoice.customerId())) {
      throw new IllegalArgumentException("The ledger has no customer " + invoice.customerId());
    }
    for (int attempt = 1; ; attempt++) {
      var known = ledger.invoiceByKey(ID, invoice.idempotencyKey());
      if (known.isPresent()) {
        return known.get().ref();
      }
      try {
        return transactions.execute(status -> insert(invoice));
      } catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
        // the same key, or the first invoice of a new series, was written concurrently: look again
        if (attempt >= ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  private InvoiceRef insert(InvoiceRequest invoice) {
    Instant now = clock.instant();
    int year = now.atZone(ZoneOffset.UTC).getYear();
    String series = prefix + "-" + year;
    String number = series + "-" + String.format("%04d", ledger.nextNumber(series));
    BigDecimal total = invoice.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    var row = new LedgerRepository.LedgerInvoice(ID, UUID.randomUUID().toString(), invoice.idempotencyKey(), number,
        invoice.customerId(), invoice.dealId(), total, invoice.currency(), invoice.dueDate(), null, now);
    ledger.insertInvoice(row, invoice.lines());
    return row.ref();
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("An idempotency key is required");
    }
  }
}
