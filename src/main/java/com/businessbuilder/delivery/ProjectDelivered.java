package com.businessbuilder.delivery;

/**
 * Service delivery's handoff to the discovery side: a project delivered, with the client's rating and, when it was
 * good, the case-study draft to win similar clients with. Published with the project's closing in one transaction
 * and delivered at least once.
 */
public record ProjectDelivered(String projectId, String dealId, String company, Integer rating, String caseStudy) {}
