package com.businessbuilder.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.testing.SampleCompany;
import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Prometheus metrics at /actuator/prometheus, for operators only, with the figures of the command center. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MetricsAccessTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;

  @Test
  void operatorsScrapeTheApplicationsMetrics() throws Exception {
    new SampleCompany(port, json, driver).lead("Measured " + UUID.randomUUID(), true);

    HttpResponse<String> scrape = WebClient.as(port, "operator", "operator").get("/actuator/prometheus");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains(
        "bb_agent_calls_total{", "role=\"market-researcher\"", "pipeline=\"client-discovery\"", "provider=\"offline\"",
        "bb_agent_tokens_total{", "bb_agent_cost_EUR_total{", "bb_agent_latency_seconds_bucket{",
        "bb_gates_open ", "bb_gates_oldest_wait_seconds ",
        "bb_runs_started_total{pipeline=\"client-discovery\"}", "bb_runs_incidents ",
        "bb_engine_tasks{state=\"waiting\"}", "bb_worker_calls_in_flight ");
  }

  @Test
  void nobodyElseScrapesThem() {
    for (String user : new String[] {"ceo", "owner", "api", "admin"}) {
      assertThat(WebClient.as(port, user, user).get("/actuator/prometheus").statusCode()).as(user).isEqualTo(403);
    }
    assertThat(new WebClient(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
  }
}
