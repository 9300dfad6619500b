package com.businessbuilder.accounting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code bb_ledger_*} tables: customers, invoices and payments of every provider. */
@Repository
class LedgerRepository {

  private static final String INVOICE_COLUMNS = "provider, id, idempotency_key, number, customer_id, deal_id, total, "
      + "currency, due_date, request_id, created_at";

  private final JdbcClient jdbc;

  LedgerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<CustomerRef> customerByKey(String provider, String idempotencyKey) {
    return jdbc.sql("select id, display_name from bb_ledger_customer where provider = ? and idempotency_key = ?")
        .params(provider, idempotencyKey)
        .query((rs, row) -> new CustomerRef(rs.getString("id"), rs.getString("display_name"), provider))
        .optional();
  }

  Optional<CustomerRef> customerByName(String provider, String displayName) {
    return jdbc.sql("select id, display_name from bb_ledger_customer where provider = ? and display_name = ? "
            + "order by created_at")
        .params(provider, displayName)
        .query((rs, row) -> new CustomerRef(rs.getString("id"), rs.getString("display_name"), provider))
        .list().stream().findFirst();
  }

  boolean customerExists(String provider, String id) {
    return jdbc.sql("select count(*) from bb_ledger_customer where provider = ? and id = ?").params(provider, id)
        .query(Integer.class).single() > 0;
  }

  void insertCustomer(CustomerRef customer, CustomerDetails details) {
    jdbc.sql("insert into bb_ledger_customer (provider, id, idempotency_key, display_name, contact_email, created_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(customer.provider(), customer.customerId(), details.idempotencyKey(), customer.displayName(),
            details.contactEmail(), Timestamp.from(Instant.now()))
        .update();
  }

  Optional<LedgerInvoice> invoiceByKey(String provider, String idempotencyKey) {
    return jdbc.sql("select " + INVOICE_COLUMNS + " from bb_ledger_invoice where provider = ? and idempotency_key = ?")
        .params(provider, idempotencyKey)
        .query(LedgerRepository::invoice)
        .optional();
  }

  List<LedgerInvoice> invoices() {
    return jdbc.sql("select " + INVOICE_COLUMNS + " from bb_ledger_invoice order by created_at, number")
        .query(LedgerRepository::invoice)
        .list();
  }

  void insertInvoice(LedgerInvoice invoice, List<InvoiceLine> lines) {
    jdbc.sql("insert into bb_ledger_invoice (" + INVOICE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(invoice.provider(), invoice.id(), invoice.idempotencyKey(), invoice.number(), invoice.customerId(),
            invoice.dealId(), invoice.total(), invoice.currency(),
            invoice.dueDate() == null ? null : Date.valueOf(invoice.dueDate()), invoice.requestId(),
            Timestamp.from(invoice.createdAt()))
        .update();
    for (int i = 0; i < lines.size(); i++) {
      jdbc.sql("insert into bb_ledger_invoice_line (provider, invoice_id, position, description, amount) "
              + "values (?, ?, ?, ?, ?)")
          .params(invoice.provider(), invoice.id(), i + 1, lines.get(i).description(), lines.get(i).amount())
          .update();
    }
  }

  /** The next number of the series; the caller's transaction holds the series row until it commits. */
  int nextNumber(String series) {
    int updated = jdbc.sql("update bb_ledger_invoice_series set last_number = last_number + 1 where series = ?")
        .param(series).update();
    if (updated == 0) {
      // the first invoice of the series; a concurrent first one makes this insert fail and its caller try again
      jdbc.sql("insert into bb_ledger_invoice_series (series, last_number) values (?, 1)").param(series).update();
      return 1;
    }
    return jdbc.sql("select last_number from bb_ledger_invoice_series where series = ?").param(series)
        .query(Integer.class).single();
  }

  /** Records a payment; false when it was recorded before (a replayed notification). */
  boolean insertPaymentIfNew(String provider, String paymentId, String invoiceId, BigDecimal amount) {
    try {
      jdbc.sql("insert into bb_ledger_payment (provider, payment_id, invoice_id, amount, received_at) "
              + "values (?, ?, ?, ?, ?)")
          .params(provider, paymentId, invoiceId, amount, Timestamp.from(Instant.now()))
          .update();
      return true;
    } catch (DuplicateKeyException replayed) {
      return false;
    }
  }

  boolean paymentKnown(String provider, String paymentId) {
    return jdbc.sql("select count(*) from bb_ledger_payment where provider = ? and payment_id = ?")
        .params(provider, paymentId).query(Integer.class).single() > 0;
  }

  private static LedgerInvoice invoice(ResultSet rs, int row) throws SQLException {
    Date due = rs.getDate("due_date");
    return new LedgerInvoice(rs.getString("provider"), rs.getString("id"), rs.getString("idempotency_key"),
        rs.getString("number"), rs.getString("customer_id"), rs.getString("deal_id"), rs.getBigDecimal("total"),
        rs.getString("currency"), due == null ? null : due.toLocalDate(), rs.getString("request_id"),
        rs.getTimestamp("created_at").toInstant());
  }

  /** One invoice as the ledger keeps it. */
  record LedgerInvoice(String provider, String id, String idempotencyKey, String number, String customerId,
      String dealId, BigDecimal total, String currency, LocalDate dueDate, String requestId, Instant createdAt) {

    InvoiceRef ref() {
      return new InvoiceRef(id, number, total, currency, provider);
    }
  }
}
