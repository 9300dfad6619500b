package com.businessbuilder.deal;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/deals")
@Tag(name = "Deals", description = "Open deals, follow them through closing, and pass the client's messages on")
class DealController {

  private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

  static {
    SORTABLE.put("createdAt", "created_at");
    SORTABLE.put("company", "company");
    SORTABLE.put("price", "price");
    SORTABLE.put("stage", "stage");
  }

  private final DealSubmission submission;
  private final DealRepository deals;
  private final DealConversation conversation;

  DealController(DealSubmission submission, DealRepository deals, DealConversation conversation) {
    this.submission = submission;
    this.deals = deals;
    this.conversation = conversation;
  }

  @PostMapping
  @Operation(summary = "Open a deal", description = "Stores the deal and starts its deal-closing run (correlation "
      + "key = deal id). A lead opens at most one deal: the same leadId returns the first. A caller repeating "
      + "its Idempotency-Key gets the first result (keys are per caller).")
  ResponseEntity<DealCreated> open(@Valid @RequestBody DealRequest deal,
      @Parameter(description = "Makes a retried request safe: the same key returns the first deal")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Size(min = 1, max = 255) String idempotencyKey,
      Principal caller) {
    DealSubmission.Opened opened = submission.open(deal, caller.getName(), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/deals/" + opened.id()))
        .header(IdempotencyKeys.REPLAYED_HEADER, Boolean.toString(opened.earlier()))
        .body(new DealCreated(opened.id(), opened.runId()));
  }

  @GetMapping
  @Operation(summary = "List deals", description = "Deals narrowed by status, stage, lead and when they were "
      + "opened, a page at a time (page from 0, size 1-100), sorted by createdAt (default, newest first), company, "
      + "price or stage")
  Listing<DealView> list(
      @Parameter(description = "OPEN, WON, LOST or CANCELLED") @RequestParam(required = false) String status,
      @Parameter(description = "OUTREACH, AWAITING_REPLY, ..., WON, LOST") @RequestParam(required = false)
      String stage,
      @Parameter(description = "The lead the deal came from") @RequestParam(required = false) String leadId,
      @Parameter(description = "Opened at or after (ISO date or instant)") @RequestParam(required = false)
      String createdFrom,
      @Parameter(description = "Opened before (ISO date or instant)") @RequestParam(required = false)
      String createdTo,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @Parameter(description = "field[,asc|desc]") @RequestParam(required = false) String sort) {
    DealFilter filter = new DealFilter(status(status), QueryParameters.oneOf("stage", stage, DealStage.class),
        leadId == null || leadId.isBlank() ? null : leadId.trim(), QueryParameters.instant("createdFrom", createdFrom),
        QueryParameters.instant("createdTo", createdTo));
    Listing<Deal> found = deals.search(filter, Paging.of(page, size, sort, SORTABLE, "createdAt,desc"));
    return found.map(deal -> DealView.of(deal, null));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Follow a deal", description = "The deal with its stage, status, price and, once lost, why")
  DealView get(@PathVariable String id) {
    Deal deal = find(id);
    return DealView.of(deal, deals.messages(deal.id()));
  }

  @PostMapping("/{id}/messages")
  @Operation(summary = "Pass on a message from the client", description = "type reply answers the outreach "
      + "(ClientReplied); type answer answers the proposal or revised terms with accept, counter or decline "
      + "(ClientAnswered). 409 when the deal does not wait for that kind of message.")
  ResponseEntity<DealView> receive(@PathVariable String id, @Valid @RequestBody ClientMessage message) {
    Deal deal = find(id);
    conversation.receive(deal, message);
    return ResponseEntity.accepted().body(DealView.of(deals.require(id), deals.messages(id)));
  }

  private Deal find(String id) {
    return deals.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No deal with id " + id));
  }

  private static String status(String status) {
    return status == null || status.isBlank() ? null : QueryParameters.oneOf("status", status, Status.class).name();
  }

  enum Status { OPEN, WON, LOST, CANCELLED }

  record DealCreated(String id, String processInstanceId) {}
}
