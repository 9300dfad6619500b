package com.businessbuilder.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * A role in the Holacracy style: why it exists, what it is accountable for, what it alone controls, the policies
 * it must follow and the skills it brings. Read from {@code agents/roles/<id>.yaml}.
 *
 * @param reviewedBy for a producer, the reviewer role that checks its work
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentRole(
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be lower-case words joined by hyphens") String id,
    @NotBlank String name,
    @NotNull Kind kind,
    @NotBlank String department,
    @NotBlank String purpose,
    @NotEmpty List<@NotBlank String> accountabilities,
    @NotEmpty List<@NotBlank String> domains,
    @NotEmpty List<@NotBlank String> policies,
    @NotEmpty List<@NotBlank String> skills,
    String reviewedBy,
    @Positive int version) {

  /** Departments steer an area; producers make deliverables; reviewers check them. */
  public enum Kind { department, producer, reviewer }

  /** The standing instructions a model gets when it acts in this role. */
  String systemPrompt() {
    return "You are the " + name + " of Business Builder, a company run by AI agents for a human CEO.\n"
        + "Purpose: " + purpose + "\n"
        + "You are accountable for:\n" + bullets(accountabilities)
        + "Policies you always follow:\n" + bullets(policies)
        + "Work only from the facts you are given; never invent names, prices or dates.";
  }

  private static String bullets(List<String> items) {
    StringBuilder text = new StringBuilder();
    items.forEach(item -> text.append("- ").append(item).append('\n'));
    return text.toString();
  }
}
