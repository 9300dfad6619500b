package com.businessbuilder.deal;

/**
 * A deal lost, with the reason its model gave. Published with the deal's closing in one transaction and delivered
 * at least once.
 */
public record DealLost(String dealId, String leadId, String company, String reason) {}
