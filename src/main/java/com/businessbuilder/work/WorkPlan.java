package com.businessbuilder.work;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plan as a planning agent proposes it: the answer type of the planning tasks. What the shape alone cannot say
 * (roles exist, dependencies resolve without a cycle, every requirement is covered) is checked by {@link PlanCheck}.
 */
public record WorkPlan(@NotEmpty @Size(max = 60) List<@NotNull @Valid Task> tasks) {

  /**
   * @param group the milestone number (delivery) or the department (lifecycle) as the prompt asks
   * @param covers the numbers of the requirements the task serves, as the prompt numbers them
   * @param milestone the milestone the task leads to, where the plan names milestones (the lifecycle's)
   */
  public record Task(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "must be a short name like T1")
      String key,
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 4000) String description,
      @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 300) String> acceptanceCriteria,
      @NotBlank String producerRole,
      @NotBlank String reviewerRole,
      @Min(1) @Max(3) int priority,
      @NotNull @Positive @DecimalMax("400") BigDecimal estimateHours,
      List<@NotBlank String> dependsOn,
      @Size(max = 100) String group,
      @NotEmpty List<@NotNull @Positive Integer> covers,
      @Size(max = 100) String milestone) {

    public Task {
      dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** A task of a plan without milestones of its own (delivery's are its groups). */
    public Task(String key, String title, String description, List<String> acceptanceCriteria, String producerRole,
        String reviewerRole, int priority, BigDecimal estimateHours, List<String> dependsOn, String group,
        List<Integer> covers) {
      this(key, title, description, acceptanceCriteria, producerRole, reviewerRole, priority, estimateHours,
          dependsOn, group, covers, null);
    }
  }
}
