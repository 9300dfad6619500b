package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.worker.WorkItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class QualityReviewTest {

  static final Deliverable PROPOSAL = new Deliverable("d-1", DeliverableSpecs.PROPOSAL, "lead-1", "pi-1",
      "proposal-writer", "proposal-reviewer", new Brief(Map.of("clientName", "Acme", "price", 9000)),
      DeliverableStatus.IN_PROGRESS, null, Instant.now());
  static final WorkItem WORK = new WorkItem("task-1", QualityGateProcess.Topics.REVIEW, "lead-1", "pi-1",
      QualityGateProcess.Elements.REVIEW_DELIVERABLE, Map.of());

  Agents agents = mock(Agents.class);
  QualityReview review = new QualityReview(agents, new ObjectMapper());

  @Test
  void offlineTheObjectiveChecksAloneDecideAndNoAgentIsAsked() {
    when(agents.usesRealModel()).thenReturn(false);

    QaReport report = review.review(PROPOSAL, version("# Proposal for Acme\n\nEUR 9,000"), 85, WORK);

    assertThat(report.rubricScore()).isNull();
    assertThat(report.passed()).isFalse();
    verify(agents, never()).ask(any(), any());
  }

  @Test
  void withARealModelTheQaRoleScoresTheVersionAgainstTheRubric() {
    when(agents.usesRealModel()).thenReturn(true);
    when(agents.ask(any(), eq(QaRubric.class))).thenReturn(new QaRubric(70, "Name the deliverables in the scope"));
    String content = new TemplateWriter().write(new OfflineWriter.Request(DeliverableSpecs.PROPOSAL,
        PROPOSAL.brief(), 1, null, null));

    QaReport report = review.review(PROPOSAL, version(content), 85, WORK);

    assertThat(report.checks()).allMatch(QaCheck::passed);
    assertThat(report).extracting(QaReport::score, QaReport::rubricScore, QaReport::passed)
        .containsExactly(70, 70, false);
    assertThat(report.feedback()).contains("QA agent: Name the deliverables in the scope");
    ArgumentCaptor<Assignment> asked = ArgumentCaptor.forClass(Assignment.class);
    verify(agents).ask(asked.capture(), eq(QaRubric.class));
    assertThat(asked.getValue().roleId()).isEqualTo("proposal-reviewer");
    assertThat(asked.getValue().task()).isEqualTo(QualityGateProcess.Topics.REVIEW);
    assertThat(asked.getValue().work()).isSameAs(WORK);
    assertThat(asked.getValue().inputs()).containsEntry(QualityReview.CONTENT, content)
        .containsKeys(QualityReview.CHECK_RESULTS, DeliverableProducer.Inputs.FACTS);
  }

  static DeliverableVersion version(String content) {
    return new DeliverableVersion("d-1", 1, content, null, null, Instant.now());
  }
}
