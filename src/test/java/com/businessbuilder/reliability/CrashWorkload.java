package com.businessbuilder.reliability;

/**
 * What the crash scenario asks of the company: leads of every kind (hot, warm, cold, disqualified) and deals, each
 * with a company name of its own so that a duplicate shows as a name twice, and how each deal's client answers.
 */
final class CrashWorkload {

  /** How a deal's client answers the proposal. */
  enum Answer { ACCEPT, COUNTER_THEN_ACCEPT, DECLINE }

  static String leadKey(int lead) {
    return "crash-lead-%03d".formatted(lead);
  }

  static String dealKey(int deal) {
    return "crash-deal-%02d".formatted(deal);
  }

  static String lead(int i) {
    String company = "Crash Lead %03d".formatted(i);
    String domain = "crash-lead-%03d.example".formatted(i);
    return switch (i % 4) {
      case 0 -> """
          {"company": "%s Software GmbH", "contactEmail": "cto@%s", "industry": "software", "employees": 450,
           "annualBudget": 120000, "website": "https://%s", "source": "referral",
           "notes": "Budget approved, we need a partner this quarter"}""".formatted(company, domain, domain);
      case 1 -> """
          {"company": "%s Manufacturing AG", "contactEmail": "buyer@%s", "industry": "manufacturing",
           "employees": 60, "annualBudget": 20000, "website": "https://%s", "source": "website", "notes": ""}"""
          .formatted(company, domain, domain);
      case 2 -> """
          {"company": "%s Shop", "contactEmail": "owner.%03d@gmail.com", "industry": "retail", "employees": 1,
           "annualBudget": 0, "source": "other", "notes": "Just browsing"}""".formatted(company, i);
      default -> """
          {"company": "%s Casino", "contactEmail": "ops@%s", "industry": "gambling", "employees": 80,
           "annualBudget": 50000, "source": "event", "notes": "Wants an online casino"}"""
          .formatted(company, domain);
    };
  }

  static String deal(int i) {
    return """
        {"company": "Crash Deal %02d GmbH", "contactName": "Dana Reyes", "contactEmail": "dana@crash-deal-%02d.example",
         "industry": "manufacturing", "employees": %d, "annualBudget": %d,
         "notes": "Dealers order spare parts by phone", "risk": "%s"}"""
        .formatted(i, i, 50 + 40 * i, 30_000 + 5_000 * i, i % 7 == 3 ? "high" : "low");
  }

  /** The answer of the client of an API deal; clients of deals opened from leads accept. */
  static Answer answer(int deal) {
    if (deal % 10 == 9) {
      return Answer.DECLINE;
    }
    return deal % 5 == 2 ? Answer.COUNTER_THEN_ACCEPT : Answer.ACCEPT;
  }

  private CrashWorkload() {}
}
