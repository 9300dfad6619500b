package com.businessbuilder.accounting;

import java.math.BigDecimal;

/** A Spring application event: the accounting system reports a payment on an invoice (webhook). */
public record PaymentReceived(String invoiceId, BigDecimal amount, String provider) {}
