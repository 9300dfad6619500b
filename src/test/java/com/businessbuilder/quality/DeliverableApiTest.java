package com.businessbuilder.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeliverableApiTest {

  @Autowired TestRestTemplate http;
  @Autowired GateDriver gate;
  @Autowired ObjectMapper json;

  @Test
  void aDeliverableShowsEveryVersionWithItsContentAndQaReport() throws Exception {
    Deliverable note = gate.deliverable(NeedsWorkWriter.TYPE, "market-researcher", Map.of("clientName", "Initech",
        "price", 2400, "startDate", "2026-06-01", NeedsWorkWriter.FLAWED_VERSIONS, 1));
    String runId = gate.start(note, Map.of()).getId();

    ResponseEntity<String> response = get("/api/deliverables/" + note.id(), true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode deliverable = json.readTree(response.getBody());
    assertThat(deliverable.get("status").asText()).isEqualTo("PASSED");
    assertThat(deliverable.get("finalVersion").asInt()).isEqualTo(2);
    assertThat(deliverable.get("processInstanceId").asText()).isEqualTo(runId);
    assertThat(deliverable.get("qaRole").asText()).as("the producer's reviewer").isEqualTo("research-reviewer");
    assertThat(deliverable.get("brief").get("clientName").asText()).isEqualTo("Initech");
    JsonNode versions = deliverable.get("versions");
    assertThat(versions).hasSize(2);
    JsonNode first = versions.get(0);
    assertThat(first.get("content").asText()).contains("Initech", NeedsWorkWriter.OPEN_POINT);
    assertThat(first.has("instructions")).isFalse();
    JsonNode report = first.get("qaReport");
    assertThat(report.get("passed").asBoolean()).isFalse();
    assertThat(report.get("score").asInt()).isBetween(1, 99);
    assertThat(report.get("threshold").asInt()).isEqualTo(80);
    assertThat(report.get("feedback").asText()).contains("TODO");
    assertThat(report.get("checks").findValuesAsText("name")).contains(QaChecks.NO_PLACEHOLDERS, QaChecks.PRICE);
    assertThat(report.get("checks").get(0).has("passed")).isTrue();
    assertThat(report.get("checks").get(0).has("detail")).isTrue();
    assertThat(versions.get(1).get("instructions").asText()).contains("QA feedback");
    assertThat(versions.get(1).get("qaReport").get("passed").asBoolean()).isTrue();
  }

  @Test
  void anUnknownDeliverableIsA404Problem() throws Exception {
    ResponseEntity<String> missing = get("/api/deliverables/" + UUID.randomUUID(), true);

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(missing.getBody()).get("detail").asText()).startsWith("No deliverable with id");
  }

  @Test
  void deliverablesNeedCredentials() {
    assertThat(get("/api/deliverables/" + UUID.randomUUID(), false).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void openApiDescribesTheDeliverableApi() throws Exception {
    ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);

    assertThat(json.readTree(docs.getBody()).get("paths").has("/api/deliverables/{id}")).isTrue();
  }

  private ResponseEntity<String> get(String path, boolean signedIn) {
    HttpHeaders headers = new HttpHeaders();
    if (signedIn) {
      headers.setBasicAuth("ceo", "ceo");
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
