package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Elements.APPROVE_PURSUING_LEAD;
import static com.businessbuilder.discovery.ClientDiscoveryProcess.Elements.RESEARCH_MARKET;
import static com.businessbuilder.testing.ChatCompletionStubs.answerJson;
import static com.businessbuilder.testing.ChatCompletionStubs.asking;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.businessbuilder.testing.ChatCompletionStubs;
import com.businessbuilder.testing.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Client discovery with {@code bb.llm.provider=openai} pointed at a local OpenAI-compatible fake: the agents'
 * research, qualification and enrichment go through the real LangChain4j adapter, the provider's token counts land
 * in the audit, and a failing provider becomes an incident that an operator can retry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DiscoveryWithOpenAiCompatibleModelTest {

  static final String API_KEY = "sk-discovery-test-key";
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .build();

  @DynamicPropertySource
  static void pointAtTheFake(DynamicPropertyRegistry properties) {
    ChatCompletionStubs.askTheFake(properties, model, API_KEY);
    properties.add("bb.worker.retry-backoff", () -> "0s");
  }

  @Autowired ProcessEngine engine;
  @Autowired LeadSubmission submission;
  @Autowired LeadRepository leads;
  @Autowired ProcessDriver discovery;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void agentsAnswer() {
    model.resetAll();
    answer("Research the market", Map.of("marketSegment", "Enterprise software",
        "summary", "Buyers value integration depth and a partner who ships fast."), 412, 57);
    answer("Decide whether this lead", Map.of("qualified", true, "reason", "Established software company"), 388, 21);
    answer("Complete what this lead", Map.of("digitalFootprint", "strong",
        "companyProfile", "Acme Software GmbH, 450 people, builds B2B software."), 401, 44);
  }

  @Test
  void agentsAskTheModelAndTheAuditKeepsItsTokenCounts() throws Exception {
    ProcessInstance run = start();

    discovery.advance(run.getId());

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(run).variables().containsEntry("digitalFootprint", "strong");
    assertThat(leads.require(run.getBusinessKey()).marketSegment()).isEqualTo("Enterprise software");
    model.verify(3, postRequestedFor(urlEqualTo("/v1/chat/completions"))
        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
        .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
        .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
    JsonNode calls = agentCalls(run);
    assertThat(calls.findValuesAsText("provider")).containsOnly("openai");
    assertThat(calls.findValuesAsText("model")).containsOnly(ChatCompletionStubs.MODEL);
    assertThat(calls.findValues("inputTokens")).extracting(JsonNode::asInt).containsExactly(412, 388, 401);
    assertThat(calls.findValues("outputTokens")).extracting(JsonNode::asInt).containsExactly(57, 21, 44);
    // 412 × 0.15 / 1e6 + 57 × 0.60 / 1e6, from the configured price table
    assertThat(calls.get(0).get("cost").decimalValue()).isEqualByComparingTo("0.0000960");
    assertThat(calls.findValuesAsText("offline")).containsOnly("false");
  }

  @Test
  void failingModelBecomesAnIncidentCarryingItsErrorAndARetryFinishesTheWork() throws Exception {
    model.stubFor(asking("Research the market").atPriority(1)
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"message\":\"The server had an error while processing your request\","
                + "\"type\":\"server_error\"}}")));
    ProcessInstance run = start();

    discovery.advance(run.getId());

    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(run.getId()).list();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getActivityId()).isEqualTo(RESEARCH_MARKET);
      assertThat(incident.getIncidentMessage()).contains("500").contains("had an error while processing");
      assertThat(incident.getIncidentMessage()).doesNotContain(API_KEY);
    });
    assertThat(agentCalls(run).findValuesAsText("outcome")).containsOnly("FAILED");

    // the provider recovers; an operator retries the task in Cockpit
    agentsAnswer();
    ExternalTask research = engine.getExternalTaskService().createExternalTaskQuery()
        .processInstanceId(run.getId()).singleResult();
    engine.getExternalTaskService().setRetries(research.getId(), 1);
    discovery.advance(run.getId());

    assertThat(run).isWaitingAt(APPROVE_PURSUING_LEAD);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(run.getId()).count()).isZero();
  }

  private ProcessInstance start() {
    String runId = submission.submit(SampleLeads.hot(), "test", null).lead().runId();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(runId).singleResult();
  }

  private JsonNode agentCalls(ProcessInstance run) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("ceo", "ceo");
    return JSON.readTree(http.exchange("/api/agent-calls?processInstanceId=" + run.getId(), HttpMethod.GET,
        new HttpEntity<>(headers), String.class).getBody());
  }

  private static void answer(String promptPart, Map<String, Object> answer, int inputTokens, int outputTokens) {
    model.stubFor(asking(promptPart).atPriority(5).willReturn(answerJson(answer, inputTokens, outputTokens)));
  }
}
