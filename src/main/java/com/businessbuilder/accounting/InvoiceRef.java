package com.businessbuilder.accounting;

import java.math.BigDecimal;

/** An invoice in the accounting system, with the number the client sees. */
public record InvoiceRef(String invoiceId, String number, BigDecimal total, String currency, String provider) {}
