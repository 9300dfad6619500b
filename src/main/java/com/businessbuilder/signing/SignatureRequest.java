package com.businessbuilder.signing;

/**
 * A contract to be signed.
 *
 * @param idempotencyKey the same key for every retry of the same sending (e.g. deal id + contract version)
 * @param dealId the deal the contract closes
 * @param documentName the file name the signer sees, e.g. {@code Contract ACME-2026-001.pdf}
 * @param pdf the contract as PDF; signature anchors are the texts {@code /sig1/} and {@code /date1/} in it
 * @param signerName the client's signer
 * @param signerEmail where the signing request goes
 * @param emailSubject the subject of the signing e-mail
 */
public record SignatureRequest(String idempotencyKey, String dealId, String documentName, byte[] pdf,
    String signerName, String signerEmail, String emailSubject) {}
