package com.businessbuilder.lifecycle;

import com.businessbuilder.agent.PipelineBudget;
import com.businessbuilder.approval.GateRecords;
import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.system.web.Listing;
import com.businessbuilder.system.web.Paging;
import com.businessbuilder.system.web.QueryParameters;
import com.businessbuilder.work.WorkTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/initiatives")
@Validated
@Tag(name = "Initiatives", description = "The business lifecycle: the CEO's goal becomes a plan, a team, a launch and "
    + "a business that keeps running and improving")
class InitiativeController {

  static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "deadline", "deadline",
      "status", "status", "budget", "budget");

  enum Status { RUNNING, RETIRED, REJECTED, STOPPED, CANCELLED }

  private final InitiativeSubmission submission;
  private final InitiativeRepository initiatives;
  private final InitiativeMessages messages;
  private final WorkTasks tasks;
  private final PipelineBudget budget;
  private final OperationsRecords operations;
  private final GateRecords gates;

  InitiativeController(InitiativeSubmission submission, InitiativeRepository initiatives,
      InitiativeMessages messages, WorkTasks tasks, PipelineBudget budget, OperationsRecords operations,
      GateRecords gates) {
    this.submission = submission;
    this.initiatives = initiatives;
    this.messages = messages;
    this.tasks = tasks;
    this.budget = budget;
    this.operations = operations;
    this.gates = gates;
  }

  record InitiativeStarted(String id, String processInstanceId) {}

  @PostMapping
  @Operation(summary = "Start an initiative", description = "The CEO's goal in words, constraints, budget and "
      + "deadline: stores it and starts its business-lifecycle run (analysis, plan, team, estimate, then the CEO's "
      + "approval). A caller repeating its Idempotency-Key gets the first result (keys are per caller).")
  ResponseEntity<InitiativeStarted> start(@Valid @RequestBody InitiativeRequest initiative,
      @Parameter(description = "Makes a retried request safe: the same key returns the first initiative")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(min = 1, max = 255) String idempotencyKey,
      Principal caller) {
    InitiativeSubmission.Started started = submission.start(initiative, caller.getName(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/initiatives/" + started.initiative().id()))
        .header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(started.earlier()))
        .body(new InitiativeStarted(started.initiative().id(), started.initiative().runId()));
  }

  @GetMapping
  @Operation(summary = "List initiatives", description = "Initiatives narrowed by status, phase and when they were "
      + "started, a page at a time (page from 0, size 1-100), sorted by createdAt (default, newest first), "
      + "deadline, status or budget")
  Listing<InitiativeView> list(
      @Parameter(description = "RUNNING, RETIRED, REJECTED, STOPPED or CANCELLED") @RequestParam(required = false)
      String status,
      @Parameter(description = "PLANNING, EXECUTION, LAUNCH, OPERATIONS, RETIRED, REJECTED, STOPPED")
      @RequestParam(required = false) String phase,
      @Parameter(description = "Started at or after (ISO date or instant)") @RequestParam(required = false)
      String createdFrom,
      @Parameter(description = "Started before (ISO date or instant)") @RequestParam(required = false)
      String createdTo,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @Parameter(description = "field[,asc|desc]") @RequestParam(required = false) String sort) {
    InitiativeFilter filter = new InitiativeFilter(
        status == null || status.isBlank() ? null : QueryParameters.oneOf("status", status, Status.class).name(),
        QueryParameters.oneOf("phase", phase, InitiativePhase.class),
        QueryParameters.instant("createdFrom", createdFrom), QueryParameters.instant("createdTo", createdTo));
    return initiatives.search(filter, Paging.of(page, size, sort, SORTABLE, "createdAt,desc"))
        .map(InitiativeView::summary);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Follow an initiative", description = "Phase, the plan with its analysis, tasks and team, "
      + "progress per department, spend against the budget, KPI snapshots, findings, the CEO's decisions and "
      + "messages")
  InitiativeView get(@PathVariable String id) {
    Initiative initiative = find(id);
    return InitiativeView.of(initiative, tasks.tasks(id), budget.spent(id), operations.kpis(id),
        operations.findings(id), gates.decided(id), initiatives.messages(id));
  }

  @PostMapping("/{id}/messages")
  @Operation(summary = "Send the initiative a message", description = "instruction (text) while it is built: the "
      + "planner adds or changes tasks; strategic-change (text) once it operates: planning runs again; retire "
      + "(text: why) at any time. 409 when the initiative cannot take that message now.")
  ResponseEntity<InitiativeView> receive(@PathVariable String id, @Valid @RequestBody InitiativeMessage message,
      Principal sender) {
    messages.receive(find(id), message, sender.getName());
    return ResponseEntity.accepted().body(get(id));
  }

  private Initiative find(String id) {
    return initiatives.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No initiative with id " + id));
  }
}
