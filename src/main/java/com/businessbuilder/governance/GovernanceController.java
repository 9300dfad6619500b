package com.businessbuilder.governance;

import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.system.web.IdempotencyKeys;
import com.businessbuilder.system.web.Listing;
import com.businessbuilder.system.web.Paging;
import com.businessbuilder.system.web.QueryParameters;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Validated
@Tag(name = "Governance", description = "Tensions about the agent roles, settled by proposals, objections and the "
    + "CEO's decision; adopted proposals become new versions of the role catalog (GET /api/agents)")
class GovernanceController {

  static final Map<String, String> TENSIONS_SORTABLE = Map.of("createdAt", "created_at", "roleId", "role_id",
      "status", "status");
  static final Map<String, String> RECORDS_SORTABLE = Map.of("decidedAt", "decided_at", "roleId", "role_id",
      "outcome", "outcome");

  private final Tensions raising;
  private final TensionRepository tensions;
  private final GovernanceRecords records;
  private final AgentRoles roles;

  GovernanceController(Tensions raising, TensionRepository tensions, GovernanceRecords records, AgentRoles roles) {
    this.raising = raising;
    this.tensions = tensions;
    this.records = records;
    this.roles = roles;
  }

  record TensionRaised(String id, String processInstanceId) {}

  @PostMapping("/api/tensions")
  @Operation(summary = "Raise a tension", description = "What is, what should be, and the role concerned (an id from "
      + "GET /api/agents). Starts a governance run: a proposal, the affected roles' objections, integration, the "
      + "CEO's decision. The same caller raising the same open tension again gets the open one (Idempotent-Replayed: "
      + "true), as does a caller repeating its Idempotency-Key.")
  ResponseEntity<TensionRaised> raise(@Valid @RequestBody TensionRequest tension,
      @Parameter(description = "Makes a retried request safe: the same key returns the first tension")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(min = 1, max = 255) String idempotencyKey,
      Principal caller) {
    Tensions.Raised raised = raising.raise(tension, caller.getName(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/tensions/" + raised.tension().id()))
        .header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(raised.earlier()))
        .body(new TensionRaised(raised.tension().id(), raised.tension().runId()));
  }

  @GetMapping("/api/tensions")
  @Operation(summary = "List tensions", description = "Narrowed by status (OPEN, ADOPTED, REJECTED) and role, a page "
      + "at a time (page from 0, size 1-100), sorted by createdAt (default, newest first), roleId or status")
  Listing<TensionView> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) @Size(max = 100) String roleId,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @Parameter(description = "field[,asc|desc]") @RequestParam(required = false) String sort) {
    return tensions.search(QueryParameters.oneOf("status", status, Tension.Status.class), blankless(roleId),
        Paging.of(page, size, sort, TENSIONS_SORTABLE, "createdAt,desc")).map(TensionView::summary);
  }

  @GetMapping("/api/tensions/{id}")
  @Operation(summary = "Follow a tension", description = "Its status, the newest revision of its proposal, every "
      + "objection by revision, and once settled the record of the CEO's decision")
  TensionView get(@PathVariable String id) {
    Tension tension = tensions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "No tension with id " + id));
    GovernanceRecord record = records.ofTension(id).orElse(null);
    // once decided, the role in force may be the adopted one itself: the record says what the proposal changed
    TensionView.ProposalView proposal = tensions.proposal(id).map(p -> new TensionView.ProposalView(p.revision(),
        p.change(), p.roleId(), record != null ? record.summary() : RoleDiff.summary(p, roles.find(p.roleId())
        .orElse(null)), p.rationale(), p.role())).orElse(null);
    return TensionView.of(tension, proposal, tensions.objections(id), record);
  }

  @GetMapping("/api/governance/records")
  @Operation(summary = "What governance decided", description = "One record per settled tension: the change, the "
      + "role and the version it made, the objections, who decided and why; narrowed by outcome (ADOPTED, REJECTED) "
      + "and role, sorted by decidedAt (default, newest first), roleId or outcome")
  Listing<GovernanceRecord> records(@RequestParam(required = false) String outcome,
      @RequestParam(required = false) @Size(max = 100) String roleId,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @Parameter(description = "field[,asc|desc]") @RequestParam(required = false) String sort) {
    Tension.Status decided = QueryParameters.oneOf("outcome", outcome, Tension.Status.class);
    return records.search(decided, blankless(roleId), Paging.of(page, size, sort, RECORDS_SORTABLE,
        "decidedAt,desc"));
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
