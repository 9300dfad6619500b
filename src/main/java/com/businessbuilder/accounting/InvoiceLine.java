package com.businessbuilder.accounting;

import java.math.BigDecimal;

/** One line of an invoice: what was sold and its net amount. */
public record InvoiceLine(String description, BigDecimal amount) {}
