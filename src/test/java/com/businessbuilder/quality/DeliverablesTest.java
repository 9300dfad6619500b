package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeliverablesTest {

  static final Map<String, Object> BRIEF = Map.of("clientName", "Acme", "price", 1000, "startDate", "2026-01-05");

  @Autowired Deliverables deliverables;

  @Test
  void aNewDeliverableIsStoredInProgressWithTheProducersReviewerAsQa() {
    Deliverable created = deliverables.create(new NewDeliverable("outreach-email", "lead-7", "outreach-writer", null,
        BRIEF));

    Deliverable stored = deliverables.find(created.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(DeliverableStatus.IN_PROGRESS);
    assertThat(stored.qaRole()).isEqualTo("communication-reviewer");
    assertThat(stored.brief().values()).isEqualTo(BRIEF);
    assertThat(stored.processInstanceId()).isNull();
    assertThat(deliverables.versions(created.id())).isEmpty();
    assertThat(deliverables.finalVersion(created.id())).isEmpty();
    assertThat(QualityGateProcess.startVariables(stored))
        .isEqualTo(Map.of("deliverableId", created.id(), "deliverableType", "outreach-email"));
  }

  @Test
  void aCallerMayChooseAnotherReviewer() {
    assertThat(deliverables.create(new NewDeliverable("proposal", "lead-7", "proposal-writer", "qa-reviewer",
        BRIEF)).qaRole()).isEqualTo("qa-reviewer");
  }

  @Test
  void unusableRequestsAreRefusedBeforeAnyAgentWorks() {
    assertThatThrownBy(() -> deliverables.create(new NewDeliverable("Proposal!", "k", "proposal-writer", null,
        BRIEF))).hasMessageContaining("lower-case words");
    assertThatThrownBy(() -> deliverables.create(new NewDeliverable("proposal", "k", "nobody", null, BRIEF)))
        .hasMessageContaining("No agent role 'nobody'");
    assertThatThrownBy(() -> deliverables.create(new NewDeliverable("proposal", "k", "proposal-reviewer", null,
        BRIEF))).hasMessageContaining("is a reviewer, not a producer");
    assertThatThrownBy(() -> deliverables.create(new NewDeliverable("proposal", "k", "proposal-writer", "sales",
        BRIEF))).hasMessageContaining("is a department, not a reviewer");
    assertThatThrownBy(() -> deliverables.create(new NewDeliverable("proposal", "k", "proposal-writer", null,
        Map.of("startDate", "soon")))).hasMessageContaining("ISO date");
  }
}
