package com.businessbuilder.signing;

/**
 * A Spring application event: an envelope reached a final status (from the provider's webhook or from polling).
 * The deal pipeline listens and correlates {@code ContractSigned} or {@code ContractDeclined}; publishing the same
 * event twice must have no second effect.
 */
public record SignatureEvent(String envelopeId, EnvelopeStatus status, String reason) {}
