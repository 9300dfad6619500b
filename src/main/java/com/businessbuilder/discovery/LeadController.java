package com.businessbuilder.discovery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads", description = "Submit leads to client discovery and follow them")
class LeadController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final LeadSubmission submission;
  private final LeadRepository leads;
  private final LeadProgress progress;

  LeadController(LeadSubmission submission, LeadRepository leads, LeadProgress progress) {
    this.submission = submission;
    this.leads = leads;
    this.progress = progress;
  }

  @PostMapping
  @Operation(summary = "Submit a lead", description = "Stores the lead and starts its client-discovery run. "
      + "The lead id is the run's business key. A repeated Idempotency-Key returns the first result.")
  ResponseEntity<LeadCreated> submit(@Valid @RequestBody LeadRequest lead,
      @Parameter(description = "Makes a retried submission safe: the same key returns the first lead")
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 255) String idempotencyKey) {
    LeadSubmission.Submitted submitted = submission.submit(lead, idempotencyKey);
    Lead stored = submitted.lead();
    return ResponseEntity.created(URI.create("/api/leads/" + stored.id()))
        .header("Idempotent-Replayed", Boolean.toString(submitted.replayed()))
        .body(new LeadCreated(stored.id(), stored.processInstanceId()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Follow a lead", description = "The lead with its status, score, tier and current step")
  LeadView get(@PathVariable String id) {
    return leads.find(id).map(progress::of)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No lead with id " + id));
  }

  record LeadCreated(String id, String processInstanceId) {}
}
