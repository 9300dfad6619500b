package com.businessbuilder.signing;

/** A contract sent for signature, as the provider knows it. */
public record Envelope(String envelopeId, String provider, EnvelopeStatus status) {}
