package com.businessbuilder.discovery;

/**
 * Client discovery's handoff: the CEO approved pursuing the lead, and sales is to open the deal named here.
 * Published with the lead in one transaction and delivered at least once; the deal's id is chosen when the event is
 * created, so delivering it again opens nothing twice.
 *
 * @param dealId the id the lead's deal is to have
 */
public record LeadHandedToSales(String leadId, String dealId, String company, String contactEmail, String industry,
    Integer employees, Long annualBudget, String notes) {}
