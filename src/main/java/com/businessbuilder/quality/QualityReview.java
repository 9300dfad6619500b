package com.businessbuilder.quality;

import com.businessbuilder.agent.Agents;
import com.businessbuilder.agent.Assignment;
import com.businessbuilder.quality.QualityGateProcess.Topics;
import com.businessbuilder.worker.WorkItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reviews one version: the objective checks of its type, and the QA agent's rubric score when a real model is
 * configured (the offline composer cannot judge quality, so offline the checks alone decide). See {@link QaReport}
 * for how they combine.
 */
@Service
class QualityReview {

  static final String CONTENT = "content";
  static final String CHECK_RESULTS = "checkResults";

  private final Agents agents;
  private final ObjectMapper json;

  QualityReview(Agents agents, ObjectMapper json) {
    this.agents = agents;
    this.json = json;
  }

  QaReport review(Deliverable deliverable, DeliverableVersion version, int threshold, WorkItem work) {
    List<QaCheck> checks = QaChecks.run(DeliverableSpecs.of(deliverable.type()), deliverable.brief(),
        version.content());
    QaRubric rubric = agents.usesRealModel() ? rubric(deliverable, version, checks, work) : null;
    return QaReport.of(checks, rubric, threshold);
  }

  private QaRubric rubric(Deliverable deliverable, DeliverableVersion version, List<QaCheck> checks, WorkItem work) {
    Map<String, Object> inputs = DeliverableProducer.describe(deliverable, json);
    inputs.put(CONTENT, version.content());
    inputs.put(CHECK_RESULTS, checks.stream()
        .map(check -> (check.passed() ? "PASS " : "FAIL ") + check.name() + ": " + check.detail())
        .collect(Collectors.joining("\n")));
    return agents.ask(new Assignment(deliverable.qaRole(), Topics.REVIEW, work, inputs), QaRubric.class);
  }
}
