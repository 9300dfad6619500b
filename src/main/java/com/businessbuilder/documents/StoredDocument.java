package com.businessbuilder.documents;

import java.time.Instant;

/** A stored version of a client document, without its bytes; processes keep only its {@code id}. */
public record StoredDocument(String id, String dealId, DocumentKind kind, int version, String fileName, int sizeBytes,
    Instant createdAt) {}
