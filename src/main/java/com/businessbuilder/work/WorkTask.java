package com.businessbuilder.work;

import java.math.BigDecimal;
import java.util.List;

/**
 * One task of a plan.
 *
 * @param ownerKey the pipeline the task belongs to (a project's or an initiative's correlation key)
 * @param key the plan's own name for the task ({@code T1}), which dependencies refer to
 * @param acceptanceCriteria what the task's output must show; the quality gate checks each
 * @param producerRole the role from the catalog that produces the output
 * @param reviewerRole the role that reviews it
 * @param priority 1 (highest) to 3
 * @param dependsOn the keys of the tasks whose output this one needs
 * @param group the milestone (delivery) or department (lifecycle) the task belongs to
 * @param covers the numbers (1-based) of the requirements the task serves
 * @param deliverableId the deliverable its quality gate produced, once briefed
 * @param outcomeReason why it was dropped or sent back to planning
 * @param milestone the milestone it leads to, where the plan names them
 */
public record WorkTask(String id, String ownerKey, String key, String title, String description,
    List<String> acceptanceCriteria, String producerRole, String reviewerRole, int priority,
    BigDecimal estimateHours, List<String> dependsOn, String group, List<Integer> covers, WorkTaskStatus status,
    String deliverableId, Integer qaScore, int attempts, int reworks, String outcomeReason, String milestone) {

  public WorkTask {
    acceptanceCriteria = List.copyOf(acceptanceCriteria);
    dependsOn = List.copyOf(dependsOn);
    covers = List.copyOf(covers);
  }

  public boolean settled() {
    return status == WorkTaskStatus.DONE || status == WorkTaskStatus.DROPPED;
  }
}
