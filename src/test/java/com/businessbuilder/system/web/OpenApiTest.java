package com.businessbuilder.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Swagger UI is usable: the API says what it is, takes HTTP Basic through Authorize, and is grouped by pipeline. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @Test
  void theApiHasATitleAVersionADescriptionAndHttpBasic() throws Exception {
    JsonNode api = json.readTree(new WebClient(port).get("/v3/api-docs").body());

    assertThat(api.at("/info/title").asText()).isEqualTo("Business Builder API");
    assertThat(api.at("/info/version").asText()).isNotBlank();
    assertThat(api.at("/info/description").asText()).contains("HTTP Basic", "leads", "deals");
    assertThat(api.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
    assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(api.at("/security/0").has("basicAuth")).isTrue();
    assertThat(api.get("paths").has("/api/leads")).isTrue();
    assertThat(api.get("paths").has("/api/deals/{id}")).isTrue();
    assertThat(api.get("paths").has("/")).as("pages are not the API").isFalse();
  }

  @Test
  void swaggerUiOffersAGroupPerPipeline() throws Exception {
    JsonNode config = json.readTree(new WebClient(port).get("/v3/api-docs/swagger-config").body());

    assertThat(config.get("urls").findValuesAsText("name")).contains("The whole API", "Leads",
        "Deals, their mails and documents, the ledger", "Deliverables, agents and their calls");
    JsonNode leads = json.readTree(new WebClient(port).get("/v3/api-docs/client-discovery").body());
    assertThat(leads.get("paths").has("/api/leads")).isTrue();
    assertThat(leads.get("paths").has("/api/deals")).isFalse();
    assertThat(new WebClient(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }
}
