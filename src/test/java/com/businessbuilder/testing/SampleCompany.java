package com.businessbuilder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Leads, deals and projects submitted over the API as an integration does, and driven to where they wait. */
public final class SampleCompany {

  private final int port;
  private final ObjectMapper json;
  private final ProcessDriver driver;

  public SampleCompany(int port, ObjectMapper json, ProcessDriver driver) {
    this.port = port;
    this.json = json;
    this.driver = driver;
  }

  /** A HOT lead (README's example, scored HOT 140), left where it waits first, or driven to the CEO's gate. */
  public Started lead(String company, boolean advance) throws IOException {
    HttpResponse<String> created = WebClient.as(port, "api", "api").postJson("/api/leads", """
        {"company": "%s", "contactEmail": "cto@acme-software.example", "industry": "software", "employees": 450,
         "annualBudget": 120000, "website": "https://acme-software.example", "source": "referral",
         "notes": "Budget approved, we need a partner this quarter"}""".formatted(company),
        "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Started lead = started(created);
    if (advance) {
      driver.advance(lead.runId());
    }
    return lead;
  }

  /** A deal opened directly, driven until it waits for the client's reply. */
  public Started deal(String company) throws IOException {
    HttpResponse<String> created = WebClient.as(port, "api", "api").postJson("/api/deals", """
        {"company": "%s", "contactName": "Dana Reyes", "contactEmail": "dana@acme.example", "employees": 300,
         "notes": "Dealers order spare parts by phone", "risk": "low"}""".formatted(company),
        "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Started deal = started(created);
    driver.advance(deal.runId());
    return deal;
  }

  /** A project opened directly for a low-risk client, driven until it waits for the client's feedback. */
  public Started project(String company) throws IOException {
    HttpResponse<String> created = WebClient.as(port, "api", "api").postJson("/api/projects", """
        {"company": "%s", "contactName": "Dana Reyes", "contactEmail": "dana@acme.example",
         "requirements": ["A customer portal where dealers order spare parts"], "price": 30000, "risk": "low"}"""
        .formatted(company), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Started project = started(created);
    driver.advance(project.runId());
    return project;
  }

  private Started started(HttpResponse<String> created) throws IOException {
    JsonNode body = json.readTree(created.body());
    return new Started(body.get("id").asText(), body.get("processInstanceId").asText());
  }

  public record Started(String id, String runId) {}
}
