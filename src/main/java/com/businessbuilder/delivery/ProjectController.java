package com.businessbuilder.delivery;

import com.businessbuilder.agent.PipelineBudget;
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
@RequestMapping("/api/projects")
@Validated
@Tag(name = "Projects", description = "Service delivery: a won deal (or a brief) becomes a project that agents plan, "
    + "carry out, check and report")
class ProjectController {

  static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "company", "company",
      "status", "status", "price", "price");

  private final ProjectSubmission submission;
  private final ProjectRepository projects;
  private final ProjectMessages messages;
  private final WorkTasks tasks;
  private final PipelineBudget budget;
  private final DeliveryProperties properties;

  ProjectController(ProjectSubmission submission, ProjectRepository projects, ProjectMessages messages,
      WorkTasks tasks, PipelineBudget budget, DeliveryProperties properties) {
    this.submission = submission;
    this.projects = projects;
    this.messages = messages;
    this.tasks = tasks;
    this.budget = budget;
    this.properties = properties;
  }

  record ProjectCreated(String id, String processInstanceId) {}

  enum Status { RUNNING, DELIVERED, STOPPED, CANCELLED }

  @PostMapping
  @Operation(summary = "Open a project", description = "For work that did not come through a deal (a won deal opens "
      + "its project by itself): stores it and starts its service-delivery run. A caller repeating its "
      + "Idempotency-Key gets the first result (keys are per caller).")
  ResponseEntity<ProjectCreated> open(@Valid @RequestBody ProjectRequest project,
      @Parameter(description = "Makes a retried request safe: the same key returns the first project")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(min = 1, max = 255) String idempotencyKey,
      Principal caller) {
    ProjectSubmission.Opened opened = submission.open(project, caller.getName(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/projects/" + opened.project().id()))
        .header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(opened.earlier()))
        .body(new ProjectCreated(opened.project().id(), opened.project().runId()));
  }

  @GetMapping
  @Operation(summary = "List projects", description = "Projects narrowed by status, stage, deal and when they were "
      + "opened, a page at a time (page from 0, size 1-100), sorted by createdAt (default, newest first), company, "
      + "status or price")
  Listing<ProjectView> list(
      @Parameter(description = "RUNNING, DELIVERED, STOPPED or CANCELLED") @RequestParam(required = false)
      String status,
      @Parameter(description = "PLANNING, EXECUTION, REVIEW, COMPLETION, ACCEPTANCE, DELIVERED, STOPPED")
      @RequestParam(required = false) String stage,
      @Parameter(description = "The deal the project came from") @RequestParam(required = false) String dealId,
      @Parameter(description = "Opened at or after (ISO date or instant)") @RequestParam(required = false)
      String createdFrom,
      @Parameter(description = "Opened before (ISO date or instant)") @RequestParam(required = false)
      String createdTo,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @Parameter(description = "field[,asc|desc]") @RequestParam(required = false) String sort) {
    ProjectFilter filter = new ProjectFilter(
        status == null || status.isBlank() ? null : QueryParameters.oneOf("status", status, Status.class).name(),
        QueryParameters.oneOf("stage", stage, ProjectStage.class),
        dealId == null || dealId.isBlank() ? null : dealId.trim(),
        QueryParameters.instant("createdFrom", createdFrom), QueryParameters.instant("createdTo", createdTo));
    return projects.search(filter, Paging.of(page, size, sort, SORTABLE, "createdAt,desc")).map(ProjectView::summary);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Follow a project", description = "Status, stage, milestones with their state and invoices, "
      + "tasks with their state, roles, QA score and output, changes, and the agents' spend against the budget")
  ProjectView get(@PathVariable String id) {
    Project project = find(id);
    return ProjectView.of(project, projects.milestones(id), tasks.tasks(id), projects.changes(id),
        budget.spent(id), properties.agentBudget());
  }

  @PostMapping("/{id}/messages")
  @Operation(summary = "Pass on a message from the client", description = "milestone-accepted (milestone: its "
      + "number) invoices it; change (text) asks for a change, assessed and priced; feedback (rating 1-5, text) "
      + "after the completion report. 409 when the project is not ready for that message.")
  ResponseEntity<ProjectView> receive(@PathVariable String id, @Valid @RequestBody ProjectMessage message) {
    messages.receive(find(id), message);
    return ResponseEntity.accepted().body(get(id));
  }

  private Project find(String id) {
    return projects.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No project with id " + id));
  }
}
