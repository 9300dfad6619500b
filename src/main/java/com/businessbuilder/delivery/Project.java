package com.businessbuilder.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project: what the client bought and how its delivery stands.
 *
 * @param requirements what the client needs, numbered from 1 in this order; the plan's tasks cover each
 * @param depositInvoiced what deal closing already invoiced at signing; the milestones invoice the rest
 * @param status RUNNING, DELIVERED, STOPPED or CANCELLED
 * @param dueDate the SLA's delivery date
 */
public record Project(String id, String dealId, String company, String contactName, String contactEmail,
    String brief, List<String> requirements, BigDecimal price, String currency, BigDecimal depositInvoiced,
    int deliveryWeeks, String risk, String status, ProjectStage stage, String currentStep, String incident,
    int responseHours, LocalDate dueDate, String planProblems, int reviewRound, String reviewFindings,
    String documentId, Integer rating, String feedback, String caseStudy, String stopReason, String runId,
    Instant createdAt, Instant deliveredAt) {

  public static final String RUNNING = "RUNNING";
  public static final String DELIVERED = "DELIVERED";
  public static final String STOPPED = "STOPPED";
  public static final String CANCELLED = "CANCELLED";

  public Project {
    requirements = List.copyOf(requirements);
  }
}
