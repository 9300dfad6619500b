package com.businessbuilder.discovery;

import static com.businessbuilder.discovery.ClientDiscoveryProcess.Elements.APPROVE_PURSUING_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.businessbuilder.testing.FakeOpenAiServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Leads submitted in a burst, with the application running as in production (polling worker, job executor) and
 * {@code bb.llm.provider=openai} pointed at a slow OpenAI-compatible fake: the agents' calls are in flight together,
 * which the fake proves by counting the requests it serves at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DiscoveryBurstTest {

  static final int LEADS = 30;

  static final FakeOpenAiServer model = FakeOpenAiServer.start(Duration.ofMillis(500), request -> {
    if (request.contains("Research the market")) {
      return "{\"marketSegment\": \"Enterprise software\", \"summary\": \"Buyers value speed.\"}";
    }
    if (request.contains("Decide whether this lead")) {
      return "{\"qualified\": true, \"reason\": \"Established company\"}";
    }
    return "{\"digitalFootprint\": \"strong\", \"companyProfile\": \"A software company.\"}";
  });

  @DynamicPropertySource
  static void runAsInProduction(DynamicPropertyRegistry properties) {
    properties.add("bb.llm.provider", () -> "openai");
    properties.add("bb.llm.base-url", () -> model.baseUrl().toString());
    properties.add("bb.llm.api-key", () -> "sk-burst");
    properties.add("bb.llm.model", () -> "gpt-4o-mini");
    properties.add("bb.worker.enabled", () -> "true");
    properties.add("bb.worker.poll-interval", () -> "100ms");
    properties.add("camunda.bpm.job-execution.enabled", () -> "true");
  }

  @AfterAll
  static void stopTheFake() {
    model.close();
  }

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ObjectMapper json;

  @Test
  void burstOfLeadsIsResearchedQualifiedAndEnrichedWithManyCallsInFlight() throws Exception {
    List<String> leadIds = new ArrayList<>();
    for (int i = 0; i < LEADS; i++) {
      String lead = """
          {"company": "Burst %d GmbH", "contactEmail": "cto@burst%d.example", "industry": "software",
           "employees": 450, "annualBudget": 120000, "website": "https://burst%d.example",
           "notes": "Budget approved, we need a partner this quarter", "source": "referral"}""".formatted(i, i, i);
      leadIds.add(json.readTree(post(lead)).get("id").asText());
    }

    await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() ->
        assertThat(tasks.createTaskQuery().taskDefinitionKey(APPROVE_PURSUING_LEAD).count()).isEqualTo(LEADS));

    assertThat(model.requestsServed()).isEqualTo(3 * LEADS);
    assertThat(model.peakConcurrentRequests()).as("calls in flight at once, counted at the model")
        .isGreaterThanOrEqualTo(LEADS / 2);
    JsonNode lead = json.readTree(get("/api/leads/" + leadIds.get(0)));
    assertThat(lead.get("status").asText()).isEqualTo("AWAITING_CEO_APPROVAL");
    assertThat(lead.get("marketSegment").asText()).isEqualTo("Enterprise software");
  }

  private String post(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("api", "api");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange("/api/leads", HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getBody();
  }

  private String get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("api", "api");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
  }
}
