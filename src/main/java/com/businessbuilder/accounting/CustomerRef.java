package com.businessbuilder.accounting;

/** A customer in the accounting system. */
public record CustomerRef(String customerId, String displayName, String provider) {}
