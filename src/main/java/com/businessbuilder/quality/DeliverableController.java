package com.businessbuilder.quality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/deliverables")
@Tag(name = "Deliverables", description = "What the agents wrote and what QA found")
class DeliverableController {

  private final Deliverables deliverables;

  DeliverableController(Deliverables deliverables) {
    this.deliverables = deliverables;
  }

  @GetMapping("/{id}")
  @Operation(summary = "A deliverable with every version",
      description = "The deliverable's status and final version, and each version's content, the instructions it "
          + "was written to and its QA report: every objective check, the score and the feedback")
  DeliverableView get(@PathVariable String id) {
    Deliverable deliverable = deliverables.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No deliverable with id " + id));
    return DeliverableView.of(deliverable, deliverables.versions(id));
  }
}
