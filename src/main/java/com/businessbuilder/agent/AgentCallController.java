package com.businessbuilder.agent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
  @Operation(summary = "The agent calls of a process instance",
      description = "Prompt, response, tokens as the provider reported them, cost, latency and outcome of each call")
  List<AgentCall> ofProcessInstance(@RequestParam String processInstanceId) {
    return log.ofProcessInstance(processInstanceId);
  }
}
