package com.businessbuilder.discovery;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads", description = "Submit leads to client discovery and follow them")
class LeadController {

  private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

  static {
    SORTABLE.put("createdAt", "created_at");
    SORTABLE.put("company", "company");
    SORTABLE.put("score", "score");
    SORTABLE.put("status", "status");
  }

  private final LeadSubmission submission;
  private final LeadRepository leads;

  LeadController(LeadSubmission submission, LeadRepository leads) {
    this.submission = submission;
    this.leads = leads;
  }

  @PostMapping
  @Operation(summary = "Submit a lead", description = "Stores the lead and starts its client-discovery run. "
      + "The lead id is the run's correlation key. A caller repeating its Idempotency-Key gets the first result "
      + "(keys are per caller).")
  ResponseEntity<LeadCreated> submit(@Valid @RequestBody LeadRequest lead,
      @Parameter(description = "Makes a retried submission safe: the same key returns the first lead")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(min = 1, max = 255) String idempotencyKey,
      Principal caller) {
    LeadSubmission.Submitted submitted = submission.submit(lead, caller.getName(), idempotencyKey);
    Lead stored = submitted.lead();
    return ResponseEntity.created(URI.create("/api/leads/" + stored.id()))
        .header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(submitted.replayed()))
        .body(new LeadCreated(stored.id(), stored.runId()));
  }

  @GetMapping
  @Operation(summary = "List leads", description = "Leads narrowed by status, tier and when they were created, "
      + "a page at a time (page from 0, size 1-100), sorted by createdAt (default, newest first), company, score "
      + "or status")
  Listing<LeadView> list(
      @Parameter(description = "IN_DISCOVERY, AWAITING_CEO_APPROVAL, NURTURING, HANDED_TO_SALES, ...")
      @RequestParam(required = false) String status,
      @Parameter(description = "HOT, WARM or COLD") @RequestParam(required = false) String tier,
      @Parameter(description = "Created at or after (ISO date or instant)") @RequestParam(required = false)
      String createdFrom,
      @Parameter(description = "Created before (ISO date or instant)") @RequestParam(required = false)
      String createdTo,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @Parameter(description = "field[,asc|desc]") @RequestParam(required = false) String sort) {
    LeadFilter filter = new LeadFilter(QueryParameters.oneOf("status", status, LeadStatus.class),
        tier(tier), QueryParameters.instant("createdFrom", createdFrom),
        QueryParameters.instant("createdTo", createdTo));
    Listing<Lead> found = leads.search(filter, Paging.of(page, size, sort, SORTABLE, "createdAt,desc"));
    return found.map(LeadView::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Follow a lead", description = "The lead with its status, score, tier and current step")
  LeadView get(@PathVariable String id) {
    return LeadView.of(find(id));
  }

  @PatchMapping("/{id}")
  @Operation(summary = "Update a lead's notes", description = "What was learnt about the lead since; the next "
      + "scoring (after nurturing, or when the CEO asks for more research) takes it into account")
  LeadView update(@PathVariable String id, @Valid @RequestBody LeadUpdate update) {
    Lead lead = find(id);
    leads.updateNotes(lead.id(), update.notes().trim());
    return LeadView.of(leads.require(lead.id()));
  }

  private Lead find(String id) {
    return leads.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No lead with id " + id));
  }

  private static String tier(String tier) {
    return tier == null || tier.isBlank() ? null : QueryParameters.oneOf("tier", tier, Tier.class).name();
  }

  enum Tier { HOT, WARM, COLD }

  record LeadCreated(String id, String processInstanceId) {}
}
