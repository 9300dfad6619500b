package com.businessbuilder.deal;

import java.math.BigDecimal;

/**
 * Deal closing's handoff to delivery: the contract is signed and invoiced. Published with the deal's closing in one
 * transaction and delivered at least once; a listener starts its work for a deal once.
 *
 * @param depositInvoiced what the signing invoice ({@code invoiceNumber}) billed of the price
 * @param needs what the client needs, in a few sentences
 * @param scope what we deliver, in our words: delivery's requirements
 * @param risk the client's risk (low, medium, high)
 * @param projectBrief what delivery starts from: the client, the agreed price and timeline, the needs and the scope
 */
public record DealWon(String dealId, String leadId, String company, String contactName, String contactEmail,
    BigDecimal price, String currency, Integer deliveryWeeks, String invoiceNumber, BigDecimal depositInvoiced,
    String needs, String scope, String risk, String projectBrief) {}
