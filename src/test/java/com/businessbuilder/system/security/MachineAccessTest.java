package com.businessbuilder.system.security;

import com.businessbuilder.testing.WebClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MachineAccessTest {

  /** A user in no group. */
  static final String PROBE = "securityprobe";
  /** Wrong passwords go to a user of their own: after a failed login Camunda refuses that user for a while. */
  static final String GUESSED = "guessedprobe";
  static final String PROBE_PASSWORD = "probe-password-1";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;


  @BeforeEach
  void probeUsersWithoutGroups() {
    for (String id : new String[] {PROBE, GUESSED}) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User probe = identity.newUser(id);
        probe.setPassword(PROBE_PASSWORD);
        identity.saveUser(probe);
      }
    }
  }

  @Test
  void applicationApiWithoutCredentialsIsA401ProblemWithABasicChallenge() throws Exception {
    assertBasicChallenge(new WebClient(port).get("/api/anything"));
  }

  @Test
  void engineRestIsNotOpen() throws Exception {
    assertBasicChallenge(new WebClient(port).get("/engine-rest/task"));
    assertBasicChallenge(new WebClient(port).get("/engine-rest/engine"));
  }

  @Test
  void wrongPasswordIsA401() throws Exception {
    assertBasicChallenge(WebClient.as(port, GUESSED, "not-the-password").get("/api/anything"));
    assertBasicChallenge(WebClient.as(port, "nobody-at-all", "whatever").get("/engine-rest/task"));
  }

  @Test
  void signedInCallerOfABusinessGroupReachesTheApplicationApi() {
    assertThat(WebClient.as(port, "api", "api").get("/api/anything").statusCode())
        .as("signed in, so the missing endpoint is a 404").isEqualTo(404);
    assertThat(WebClient.as(port, PROBE, PROBE_PASSWORD).get("/api/anything").statusCode())
        .as("signed in but in no group").isEqualTo(403);
  }

  @Test
  void engineRestNeedsOneOfTheBusinessGroups() throws Exception {
    HttpResponse<String> refused = WebClient.as(port, PROBE, PROBE_PASSWORD).get("/engine-rest/task");

    assertProblem(refused, 403);
    assertThat(WebClient.as(port, "api", "api").get("/engine-rest/task").statusCode()).isEqualTo(200);
  }

  @Test
  void healthIsPublicWithoutDetails() throws Exception {
    HttpResponse<String> health = new WebClient(port).get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(health.body());
    assertThat(body.get("status").asText()).isEqualTo("UP");
    assertThat(body.has("components")).isFalse();
    assertThat(body.has("details")).isFalse();
  }

  @Test
  void metricsAreForOperatorsOnly() throws Exception {
    assertBasicChallenge(new WebClient(port).get("/actuator/metrics"));
    assertProblem(WebClient.as(port, "api", "api").get("/actuator/metrics"), 403);
    assertProblem(WebClient.as(port, "ceo", "ceo").get("/actuator/info"), 403);

    HttpResponse<String> metrics = WebClient.as(port, "operator", "operator").get("/actuator/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(json.readTree(metrics.body()).get("names")).isNotEmpty();
  }

  private void assertBasicChallenge(HttpResponse<String> response) throws Exception {
    assertProblem(response, 401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic realm=");
  }

  private void assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
  }
}
