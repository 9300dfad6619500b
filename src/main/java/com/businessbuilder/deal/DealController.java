package com.businessbuilder.deal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/deals")
@Tag(name = "Deals", description = "Open deals, follow them through closing, and pass the client's messages on")
class DealController {

  private final DealSubmission submission;
  private final DealRepository deals;
  private final DealProgress progress;
  private final DealConversation conversation;

  DealController(DealSubmission submission, DealRepository deals, DealProgress progress,
      DealConversation conversation) {
    this.submission = submission;
    this.deals = deals;
    this.progress = progress;
    this.conversation = conversation;
  }

  @PostMapping
  @Operation(summary = "Open a deal", description = "Stores the deal and starts its deal-closing run (business key "
      + "= deal id). A lead opens at most one deal: the same leadId returns the first.")
  ResponseEntity<DealCreated> open(@Valid @RequestBody DealRequest deal) {
    DealSubmission.Opened opened = submission.open(deal);
    return ResponseEntity.created(URI.create("/api/deals/" + opened.id()))
        .body(new DealCreated(opened.id(), opened.processInstanceId()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Follow a deal", description = "The deal with its stage, status, price and, once lost, why")
  DealView get(@PathVariable String id) {
    return progress.of(find(id));
  }

  @PostMapping("/{id}/messages")
  @Operation(summary = "Pass on a message from the client", description = "type reply answers the outreach "
      + "(ClientReplied); type answer answers the proposal or revised terms with accept, counter or decline "
      + "(ClientAnswered). 409 when the deal does not wait for that kind of message.")
  ResponseEntity<DealView> receive(@PathVariable String id, @Valid @RequestBody ClientMessage message) {
    Deal deal = find(id);
    conversation.receive(deal, message);
    return ResponseEntity.accepted().body(progress.of(deals.require(id)));
  }

  private Deal find(String id) {
    return deals.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No deal with id " + id));
  }

  record DealCreated(String id, String processInstanceId) {}
}
