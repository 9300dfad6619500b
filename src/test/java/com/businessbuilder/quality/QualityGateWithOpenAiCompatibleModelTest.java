package com.businessbuilder.quality;

import static com.businessbuilder.quality.QualityGateProcess.Elements.REVIEW_DELIVERABLE;
import static com.businessbuilder.testing.ChatCompletionStubs.answer;
import static com.businessbuilder.testing.ChatCompletionStubs.answerJson;
import static com.businessbuilder.testing.ChatCompletionStubs.asking;
import static com.businessbuilder.testing.ChatCompletionStubs.requestsAsking;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.businessbuilder.testing.ChatCompletionStubs;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The quality gate with {@code bb.llm.provider=openai} pointed at a local OpenAI-compatible fake (WireMock), counted
 * by the fake: a review offered again after its worker died costs no second call, while the next round of the loop
 * asks again even with the very same question.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QualityGateWithOpenAiCompatibleModelTest {

  static final String DRAFT_PROMPT = "Write the first draft";
  static final String REVISION_PROMPT = "Revise the";
  static final String REVIEW_PROMPT = "Review this";
  static final String NOTE = "Initech asked how its dealers could order spare parts online. We suggest a small portal "
      + "that lists every part with its price and stock, takes orders around the clock and tells each dealer when "
      + "the parts leave the warehouse. Initech's team keeps the catalogue up to date in the tools it already uses.";

  @RegisterExtension
  static final WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .build();

  @DynamicPropertySource
  static void pointAtTheFake(DynamicPropertyRegistry properties) {
    ChatCompletionStubs.askTheFake(properties, model, "sk-quality-test-key");
  }

  @Autowired ProcessEngine engine;
  @Autowired GateDriver gate;
  @Autowired ProcessDriver driver;
  @Autowired ExternalTaskWorker worker;
  @Autowired Deliverables deliverables;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void producerWritesTheSameNote() {
    BpmnAwareTests.init(engine);
    model.resetAll();
    model.stubFor(asking(DRAFT_PROMPT).willReturn(answer(NOTE, 300, 80)));
    model.stubFor(asking(REVISION_PROMPT).willReturn(answer(NOTE, 400, 80)));
  }

  @Test
  void aReviewOfferedAgainAfterItsWorkerDiedUsesTheRecordedAnswerAndAsksNoSecondTime() {
    qaScores(95);
    Deliverable note = note();
    ProcessInstance run = gate.begin(note, Map.of());
    worker.workOnce(); // the draft
    String review = reviewTask(run).getId();

    // the QA agent answers and the report is stored, but the worker dies before the engine hears of it
    assertThat(driver.workButLoseTheResults()).containsExactly(review);
    assertThat(run).isWaitingAt(REVIEW_DELIVERABLE);
    assertThat(reviewTask(run).getId()).as("the same task is offered again").isEqualTo(review);
    gate.advance(run);

    assertThat(run).isEnded();
    assertThat(deliverables.find(note.id()).orElseThrow().status()).isEqualTo(DeliverableStatus.PASSED);
    model.verify(1, requestsAsking(REVIEW_PROMPT));
    assertThat(reviewCalls(run)).singleElement().satisfies(call -> {
      assertThat(call.workItemId()).isEqualTo(review);
      assertThat(call.reuses()).isEqualTo(1);
    });
    assertThat(callsOf(note)).as("the pipeline paid for the draft and one review").isEqualTo(2);
  }

  @Test
  void theNextRoundOfTheLoopIsNewWorkAndAsksAgainEvenWithTheSameQuestion() {
    qaScores(40, 95);
    Deliverable note = note();

    ProcessInstance run = gate.start(note, Map.of());

    assertThat(run).isEnded();
    assertThat(deliverables.versions(note.id())).extracting(DeliverableVersion::content).containsExactly(NOTE, NOTE);
    assertThat(deliverables.find(note.id()).orElseThrow().status()).isEqualTo(DeliverableStatus.PASSED);
    model.verify(2, requestsAsking(REVIEW_PROMPT));
    List<ReviewCall> reviews = reviewCalls(run);
    assertThat(reviews).hasSize(2);
    assertThat(reviews.get(1).prompt()).as("the same question").isEqualTo(reviews.get(0).prompt());
    assertThat(reviews.get(1).workItemId()).as("asked by another task").isNotEqualTo(reviews.get(0).workItemId());
    assertThat(reviews).extracting(ReviewCall::reuses).containsExactly(0, 0);
  }

  /** The QA agent's rubric scores, one per review in this order. */
  private static void qaScores(int... scores) {
    String state = STARTED;
    for (int i = 0; i < scores.length; i++) {
      String next = "review " + (i + 2);
      model.stubFor(asking(REVIEW_PROMPT).inScenario("qa").whenScenarioStateIs(state).willSetStateTo(next)
          .willReturn(answerJson(Map.of("score", scores[i], "feedback", "Say when the portal goes live."), 900, 40)));
      state = next;
    }
  }

  private Deliverable note() {
    return gate.deliverable("client-note", "market-researcher", Map.of("clientName", "Initech"));
  }

  private ExternalTask reviewTask(ProcessInstance run) {
    return engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(run.getId())
        .activityId(REVIEW_DELIVERABLE).singleResult();
  }

  private List<ReviewCall> reviewCalls(ProcessInstance run) {
    return jdbc.sql("""
            select work_item_id, prompt, reuses from bb_agent_call where process_instance_id = ? and task = ?
            order by created_at, id""")
        .params(run.getId(), QualityGateProcess.Topics.REVIEW)
        .query((rs, row) -> new ReviewCall(rs.getString("work_item_id"), rs.getString("prompt"), rs.getInt("reuses")))
        .list();
  }

  private long callsOf(Deliverable deliverable) {
    return jdbc.sql("select count(*) from bb_agent_call where pipeline_key = ?").param(deliverable.pipelineKey())
        .query(Long.class).single();
  }

  record ReviewCall(String workItemId, String prompt, int reuses) {}
}
