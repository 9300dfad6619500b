package com.businessbuilder.discovery;

/** Leads whose tier is obvious to a salesperson; the tests check the decision agrees. */
final class SampleLeads {

  static LeadRequest hot() {
    return new LeadRequest("Acme Software GmbH", "cto@acme-software.example", "Software", 450, 120_000L,
        "acme-software.example", "Budget approved, we need a partner this quarter", "referral");
  }

  static LeadRequest warm() {
    return new LeadRequest("Midsize Manufacturing AG", "buyer@midsize-mfg.example", "manufacturing", 60, 20_000L,
        "https://midsize-group.example", "", "website");
  }

  static LeadRequest cold() {
    return new LeadRequest("Tiny Shop", "owner@gmail.com", "retail", 1, 0L, null, "Just browsing", "other");
  }

  static LeadRequest withIndustry(LeadRequest lead, String industry) {
    return new LeadRequest(lead.company(), lead.contactEmail(), industry, lead.employees(), lead.annualBudget(),
        lead.website(), lead.notes(), lead.source());
  }

  static LeadRequest withEmail(LeadRequest lead, String email) {
    return new LeadRequest(lead.company(), email, lead.industry(), lead.employees(), lead.annualBudget(),
        lead.website(), lead.notes(), lead.source());
  }

  static LeadRequest withNotes(LeadRequest lead, String notes) {
    return new LeadRequest(lead.company(), lead.contactEmail(), lead.industry(), lead.employees(),
        lead.annualBudget(), lead.website(), notes, lead.source());
  }

  private SampleLeads() {}
}
