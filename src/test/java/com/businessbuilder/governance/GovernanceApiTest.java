package com.businessbuilder.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.agent.AgentRole;
import com.businessbuilder.agent.AgentRoles;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /api/tensions} and {@code /api/governance/records} over HTTP: raising a tension, following it, the CEO
 * deciding in Tasklist's REST API, the adopted version at {@code GET /api/agents}, and what the API refuses (with
 * problem details naming the field) and to whom.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GovernanceApiTest {

  static final String TENSION = """
      {"roleId": "hr", "whatIs": "Roles change when someone edits a file",
       "whatShouldBe": "Every new role is proposed through a tension"}""";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired ProcessRuns runs;
  @Autowired AgentRoles roles;

  @Test
  void aTensionRaisedThroughTheApiIsDecidedByTheCeoAndItsVersionIsServed() throws Exception {
    AgentRole before = roles.require("hr");
    Answer raised = call(HttpMethod.POST, "/api/tensions", TENSION, "ceo", null);
    assertThat(raised.status()).isEqualTo(HttpStatus.CREATED);
    String id = json.readTree(raised.body()).get("id").asText();
    assertThat(raised.header("Location")).endsWith("/api/tensions/" + id);
    try {
      driver.advance(json.readTree(raised.body()).get("processInstanceId").asText());
      JsonNode open = read("/api/tensions/" + id, "owner");
      assertThat(open.get("status").asText()).isEqualTo("OPEN");
      assertThat(open.get("raisedBy").asText()).isEqualTo("ceo");
      assertThat(open.get("proposal").get("summary").asText())
          .isEqualTo("changes the role hr: adds policy 'Every new role is proposed through a tension'");
      assertThat(open.get("objections")).isEmpty();

      String gate = runs.openGates(id).get(0).id();
      String approve = "{\"variables\": {\"decision\": {\"value\": \"approve\"}, \"comment\": {\"value\": "
          + "\"One way to change a role\"}}}";
      assertThat(call(HttpMethod.POST, "/engine-rest/task/" + gate + "/complete", approve, "ceo", null)
          .status()).isEqualTo(HttpStatus.NO_CONTENT);

      JsonNode hr = java.util.stream.StreamSupport.stream(read("/api/agents", "api").spliterator(), false)
          .filter(role -> role.get("id").asText().equals("hr")).findFirst().orElseThrow();
      assertThat(hr.get("version").asInt()).isEqualTo(before.version() + 1);
      assertThat(hr.get("policies").toString()).contains("Every new role is proposed through a tension");
      JsonNode record = read("/api/governance/records?roleId=hr&outcome=adopted", "owner").get("items").get(0);
      assertThat(record.get("tensionId").asText()).isEqualTo(id);
      assertThat(record.get("decidedBy").asText()).isEqualTo("ceo");
      assertThat(record.get("reason").asText()).isEqualTo("One way to change a role");
      assertThat(record.get("roleVersion").asInt()).isEqualTo(before.version() + 1);
      assertThat(read("/api/tensions/" + id, "operator").get("status").asText()).isEqualTo("ADOPTED");
      assertThat(read("/api/tensions?status=adopted&roleId=hr", "operator").get("total").asLong()).isPositive();
    } finally {
      roles.adopt(before, "test");
    }
  }

  @Test
  void theSameTensionOrIdempotencyKeyGetsTheFirstAnswerAndAReusedKeyIsRefused() throws Exception {
    String body = TENSION.replace("\"hr\"", "\"it\"");
    String key = UUID.randomUUID().toString();
    Answer first = call(HttpMethod.POST, "/api/tensions", body, "api", key);
    Answer retried = call(HttpMethod.POST, "/api/tensions", body, "api", key);
    Answer sameWithoutKey = call(HttpMethod.POST, "/api/tensions", body, "api", null);
    Answer reused = call(HttpMethod.POST, "/api/tensions", body.replace("file", "form"), "api", key);

    assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retried.body()).isEqualTo(first.body());
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(sameWithoutKey.body()).isEqualTo(first.body());
    assertThat(sameWithoutKey.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(reused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    String runId = json.readTree(first.body()).get("processInstanceId").asText();
    driver.advance(runId);
    driver.decide(runId, GovernanceProcess.Elements.DECIDE_ON_PROPOSAL, java.util.Map.of("decision", "reject",
        "comment", "Not now"));
  }

  @Test
  void badRequestsAreProblemsNamingTheField() throws Exception {
    assertThat(problemField(HttpMethod.POST, "/api/tensions", "{\"roleId\": \"hr\", \"whatShouldBe\": \"x\"}"))
        .isEqualTo("whatIs");
    assertThat(problemField(HttpMethod.POST, "/api/tensions", TENSION.replace("\"hr\"", "\"astrologer\"")))
        .isEqualTo("roleId");
    assertThat(problemField(HttpMethod.GET, "/api/tensions?status=pending", null)).isEqualTo("status");
    assertThat(problemField(HttpMethod.GET, "/api/tensions?size=0", null)).isEqualTo("size");
    assertThat(problemField(HttpMethod.GET, "/api/governance/records?sort=mood", null)).isEqualTo("sort");
    assertThat(problemField(HttpMethod.GET, "/api/governance/records?outcome=maybe", null)).isEqualTo("outcome");
    assertThat(call(HttpMethod.GET, "/api/tensions/" + UUID.randomUUID(), null, "ceo", null).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void eachGroupMayDoWhatItsRoleNeedsAndNoMore() {
    assertThat(call(HttpMethod.POST, "/api/tensions", "{}", "owner", null).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.POST, "/api/tensions", "{}", "operator", null).status())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call(HttpMethod.GET, "/api/tensions", null, "api", null).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.GET, "/api/governance/records", null, "api", null).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(HttpMethod.GET, "/api/governance/records", null, "owner", null).status())
        .isEqualTo(HttpStatus.OK);
  }

  private String problemField(HttpMethod method, String path, String body) throws Exception {
    Answer refused = call(method, path, body, "ceo", null);
    assertThat(refused.status()).as(path + " " + body).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
    return json.readTree(refused.body()).get("errors").get(0).get("field").asText();
  }

  private JsonNode read(String path, String user) throws Exception {
    Answer answer = call(HttpMethod.GET, path, null, user, null);
    assertThat(answer.status()).as(path).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.body());
  }

  private Answer call(HttpMethod method, String path, String body, String user, String key) {
    HttpResponse<String> answer = WebClient.as(port, user, user).send(method.name(), path,
        body == null ? null : "application/json", body, key == null ? new String[0]
            : new String[] {"Idempotency-Key", key});
    return new Answer(HttpStatus.valueOf(answer.statusCode()), answer.body(), answer.headers());
  }

  record Answer(HttpStatus status, String body, java.net.http.HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }
}
