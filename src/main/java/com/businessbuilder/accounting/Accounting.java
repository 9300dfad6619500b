package com.businessbuilder.accounting;

/**
 * The port to the accounting system. Adapters: QuickBooks Online ({@code bb.accounting.provider=quickbooks}) and
 * the offline default, a ledger in the application's tables.
 *
 * <p>Both calls are idempotent by their idempotency key: a retry after the provider processed the first request
 * (but its answer was lost) returns the first customer or invoice and creates nothing new.
 */
public interface Accounting {

  /** The provider id: {@code quickbooks} or {@code offline}. */
  String id();

  /** Finds or creates the customer. */
  CustomerRef ensureCustomer(CustomerDetails customer);

  /** Creates the invoice (once per idempotency key). */
  InvoiceRef createInvoice(InvoiceRequest invoice);
}
