package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.INITIATIVE_ID;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Analyse the goal": the market researcher's structured findings on the market, the competitors, the resources
 * the goal needs and its risks, kept with the initiative for the planner and the CEO.
 */
@Component
class GoalAnalysis implements TaskHandler {

  static final String ROLE = "market-researcher";

  /** The analyst's answer. */
  record Findings(
      @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 500) String> market,
      @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 500) String> competitors,
      @NotEmpty @Size(max = 8) List<@NotBlank @Size(max = 500) String> resources,
      @NotEmpty @Size(max = 8) List<@NotNull @Valid Risk> risks) {}

  record Risk(@NotBlank @Size(max = 500) String risk,
      @NotBlank @Pattern(regexp = "low|medium|high", message = "must be low, medium or high") String likelihood,
      @NotBlank @Size(max = 500) String mitigation) {}

  private final InitiativeRepository initiatives;
  private final Agents agents;
  private final ObjectMapper json;

  GoalAnalysis(InitiativeRepository initiatives, Agents agents, ObjectMapper json) {
    this.initiatives = initiatives;
    this.agents = agents;
    this.json = json;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.ANALYSE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    Initiative initiative = initiatives.require(item.require(INITIATIVE_ID));
    Map<String, Object> inputs = InitiativeFacts.of(initiative);
    inputs.put("change", initiative.replanReason() == null ? "None: this is the first analysis."
        : initiative.replanReason());
    Findings findings = agents.ask(new Assignment(ROLE, topic(), item, inputs), Findings.class);
    try {
      initiatives.recordAnalysis(initiative.id(), json.writeValueAsString(findings));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return Map.of();
  }
}
