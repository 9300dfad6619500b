package com.businessbuilder.discovery;

/** Where a lead stands in client discovery, as the API reports it. */
enum LeadStatus {
  IN_DISCOVERY,
  AWAITING_CEO_APPROVAL,
  AWAITING_CEO_BUDGET_DECISION,
  NURTURING,
  HANDED_TO_SALES,
  REJECTED,
  DISQUALIFIED,
  ARCHIVED,
  STOPPED,
  CANCELLED
}
