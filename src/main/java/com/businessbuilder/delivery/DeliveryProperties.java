package com.businessbuilder.delivery;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bb.delivery.*}: how projects are run.
 *
 * @param hourlyCost what an hour of an agent task costs us, for the plan's cost against the price
 * @param hourlyRate what the client pays for an hour of a change they ask for
 * @param responseHours the SLA's response time to a client message
 * @param defaultDeliveryWeeks the delivery time of a project whose deal named none
 * @param maxParallelTasks the most tasks of one project running at once (one wave)
 * @param maxReviewRounds rework rounds after the final review before the CEO decides
 * @param progressReportCycle how often the client gets a progress report while tasks run (ISO 8601 cycle)
 * @param deadlineCheckCycle how often milestone due dates are checked
 * @param feedbackReminderCycle reminders while the client's feedback is awaited
 * @param feedbackDeadline how long the feedback is awaited
 * @param acceptanceReminderWait how long the client may take to accept the milestones before a reminder
 * @param deadlineExtension how far the CEO's "move the due date" moves it
 * @param agentBudget each project's agent budget (money), in the agents' currency
 * @param maxAgentCalls each project's agent calls
 * @param paymentTermDays when a milestone invoice is due
 */
@ConfigurationProperties("bb.delivery")
public record DeliveryProperties(
    @DefaultValue("60") BigDecimal hourlyCost,
    @DefaultValue("120") BigDecimal hourlyRate,
    @DefaultValue("24") int responseHours,
    @DefaultValue("6") int defaultDeliveryWeeks,
    @DefaultValue("8") int maxParallelTasks,
    @DefaultValue("2") int maxReviewRounds,
    @DefaultValue("R/P7D") String progressReportCycle,
    @DefaultValue("R/P1D") String deadlineCheckCycle,
    @DefaultValue("R2/P3D") String feedbackReminderCycle,
    @DefaultValue("P14D") String feedbackDeadline,
    @DefaultValue("P7D") String acceptanceReminderWait,
    @DefaultValue("P7D") Duration deadlineExtension,
    @DefaultValue("25.00") BigDecimal agentBudget,
    @DefaultValue("800") int maxAgentCalls,
    @DefaultValue("14") int paymentTermDays) {

  public DeliveryProperties {
    if (maxParallelTasks < 1 || maxReviewRounds < 0) {
      throw new IllegalArgumentException("bb.delivery.max-parallel-tasks must be at least 1 and "
          + "bb.delivery.max-review-rounds at least 0");
    }
  }
}
