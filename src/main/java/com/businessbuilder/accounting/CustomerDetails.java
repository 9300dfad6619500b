package com.businessbuilder.accounting;

/** A client as the accounting system needs it; {@code idempotencyKey} e.g. {@code customer-<dealId>}. */
public record CustomerDetails(String idempotencyKey, String companyName, String contactEmail) {}
