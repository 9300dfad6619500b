package com.businessbuilder.documents;

/** A stored document with its bytes (a PDF). */
public record DocumentFile(StoredDocument document, byte[] content) {}
