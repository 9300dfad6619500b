package com.businessbuilder.agent;

import com.businessbuilder.system.web.CallerMistake;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Agents")
class AgentCallController {

  private final AgentCallLog log;

  AgentCallController(AgentCallLog log) {
    this.log = log;
  }

  @GetMapping("/api/agent-calls")
  @Operation(summary = "The agent calls of a lead, a deal, a project or one run",
      description = "Prompt, response, tokens as the provider reported them, cost, latency and outcome of each call. "
          + "Give exactly one of leadId, dealId, projectId (each includes the calls made in the pipeline's quality "
          + "gates and tasks) or processInstanceId (one run only).")
  List<AgentCall> calls(
      @Parameter(description = "The lead's calls") @RequestParam(required = false) String leadId,
      @Parameter(description = "The deal's calls") @RequestParam(required = false) String dealId,
      @Parameter(description = "The project's calls") @RequestParam(required = false) String projectId,
      @Parameter(description = "One run's calls") @RequestParam(required = false) String processInstanceId) {
    List<String> given = Stream.of(leadId, dealId, projectId, processInstanceId)
        .filter(value -> value != null && !value.isBlank()).toList();
    if (given.size() != 1) {
      throw new CallerMistake(HttpStatus.BAD_REQUEST, "Invalid request",
          "Give exactly one of leadId, dealId, projectId or processInstanceId");
    }
    if (processInstanceId != null && !processInstanceId.isBlank()) {
      return log.ofProcessInstance(processInstanceId);
    }
    return log.ofPipeline(given.get(0));
  }
}
