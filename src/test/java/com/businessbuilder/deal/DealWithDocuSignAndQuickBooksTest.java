package com.businessbuilder.deal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lead-to-won run of {@link LeadToDeliveredProjectEndToEndTest} with the real DocuSign and QuickBooks adapters against
 * local fakes (WireMock) of both services. Each fake processes the first call that creates something but its answer
 * is lost; the retries still send exactly one envelope and one invoice. Forged webhooks of both are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DealWithDocuSignAndQuickBooksTest {

  static final String ACCOUNT_ID = "6d1f2e3a-4b5c-6d7e-8f90-a1b2c3d4e5f6";
  static final String USER_ID = "aa7f2b3c-1e4d-4f1a-9b6e-0c2d3e4f5a6b";
  static final String CONNECT_KEY = "Tz3vZ6c9o5Q9k1m2n3b4v5c6x7z8a9s0d1f2g3h4j5k=";
  static final String ENVELOPES = "/restapi/v2.1/accounts/" + ACCOUNT_ID + "/envelopes";
  static final String ENVELOPE_ID = "93be49ab-7a4e-4d5b-8bf1-3f3d4a2b1c0d";
  static final String REALM = "9341453156789";
  static final String COMPANY = "/v3/company/" + REALM;
  static final String QB_TOKEN = "/oauth2/v1/tokens/bearer";
  static final String TIME = "\"time\":\"2026-11-21T03:00:00.000-07:00\"";
  static final String VERIFIER = "verifier-token-for-tests";

  @RegisterExtension
  static final WireMockExtension docuSign = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static final WireMockExtension quickBooks = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  @DynamicPropertySource
  static void fakes(DynamicPropertyRegistry registry) {
    registry.add("bb.signing.provider", () -> "docusign");
    registry.add("bb.signing.base-path", () -> docuSign.baseUrl() + "/restapi");
    registry.add("bb.signing.oauth-base-path", docuSign::baseUrl);
    registry.add("bb.signing.integration-key", () -> "7c2b8d7e-83c3-4940-af5e-cda8a50dd73f");
    registry.add("bb.signing.user-id", () -> USER_ID);
    registry.add("bb.signing.account-id", () -> ACCOUNT_ID);
    registry.add("bb.signing.private-key", DealWithDocuSignAndQuickBooksTest::throwawayPrivateKey);
    registry.add("bb.signing.connect-hmac-key", () -> CONNECT_KEY);
    registry.add("bb.signing.connect-timeout", () -> "2s");
    registry.add("bb.signing.read-timeout", () -> "5s");
    registry.add("bb.signing.poll-interval", () -> "1h");
    registry.add("bb.accounting.provider", () -> "quickbooks");
    registry.add("bb.accounting.base-url", quickBooks::baseUrl);
    registry.add("bb.accounting.token-url", () -> quickBooks.baseUrl() + QB_TOKEN);
    registry.add("bb.accounting.realm-id", () -> REALM);
    registry.add("bb.accounting.client-id", () -> "ABclient4Yx");
    registry.add("bb.accounting.client-secret", () -> "secret-7Hq2LmZ");
    registry.add("bb.accounting.refresh-token", () -> "AB11refresh-token-0042");
    registry.add("bb.accounting.webhook-verifier-token", () -> VERIFIER);
    registry.add("bb.accounting.timeout", () -> "5s");
    // a failed task is offered again only when the test lets it (as an operator retrying it in Cockpit)
    registry.add("bb.worker.retry-backoff", () -> "1h");
  }

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ExternalTaskWorker worker;
  @Autowired ManagementService management;
  @Autowired ExternalTaskService externalTasks;
  @Autowired RuntimeService runtime;
  @Autowired DealRepository deals;
  CompanyAtWork company;

  @BeforeEach
  void companyAtWork() {
    company = new CompanyAtWork(http, json, worker, management);
  }
  @Autowired JdbcTemplate jdbc;

  final HttpClient webhookClient = HttpClient.newHttpClient();

  @Test
  void leadBecomesAWonDealWithOneEnvelopeAndOneInvoiceDespiteLostAnswers() throws Exception {
    JsonNode lead = json.readTree(company.call(HttpMethod.POST, "/api/leads", """
        {"company": "Acme Software GmbH", "contactEmail": "cto@acme-software.example", "industry": "software",
         "employees": 450, "annualBudget": 120000, "website": "https://acme-software.example",
         "notes": "Budget approved, we need a partner this quarter", "source": "referral"}""", "api").getBody());
    String leadId = lead.get("id").asText();
    company.settle();
    company.approveCeoGates(leadId);

    String dealId = deals.findByLead(leadId).orElseThrow().id();
    fakeDocuSign("contract-" + dealId);
    fakeQuickBooks();
    company.settle();
    company.approveCeoGates(dealId);
    assertThat(company.deal(dealId).get("stage").asText()).isEqualTo("AWAITING_REPLY");

    company.message(dealId, """
        {"type": "reply", "text": "Thanks! We need a customer portal tied to our ERP, live within three months."}""");
    company.settle();
    company.approveCeoGates(dealId);
    assertThat(company.deal(dealId).get("stage").asText()).isEqualTo("AWAITING_ANSWER");

    company.message(dealId, """
        {"type": "answer", "answer": "accept", "text": "We accept the proposal."}""");
    company.settle();
    company.approveCeoGates(dealId);

    // DocuSign created the envelope, but its answer was lost: the sending failed, nothing is recorded yet
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(1);
    ExternalTask sending = externalTasks.createExternalTaskQuery().topicName(DealClosingProcess.Topics.SEND_CONTRACT)
        .singleResult();
    assertThat(sending).isNotNull();
    assertThat(sending.getErrorMessage()).contains("DocuSign");
    assertThat(deals.require(dealId).envelopeId()).isNull();

    // later (past the adapter's in-flight window) the operator retries the task, as from Cockpit
    jdbc.update("update bb_signature_envelope set updated_at = ? where idempotency_key = ?",
        Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))), "contract-" + dealId);
    externalTasks.unlock(sending.getId());
    company.settle();
    company.approveCeoGates(dealId);

    assertThat(deals.require(dealId).envelopeId()).isEqualTo(ENVELOPE_ID);
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).as("envelopes created").hasSize(1);
    List<LoggedRequest> searches = docuSign.findAll(getRequestedFor(urlPathEqualTo(ENVELOPES)));
    assertThat(searches).hasSize(1);
    assertThat(searches.get(0).queryParameter("custom_field").firstValue())
        .isEqualTo("bbIdempotencyKey=contract-" + dealId);
    String waiting = company.deal(dealId).get("stage").asText();
    assertThat(waitsFor(dealId, DealClosingProcess.Messages.CONTRACT_SIGNED)).isTrue();

    // a forged Connect message is refused and moves nothing
    String completed = connectCompleted(ENVELOPE_ID);
    HttpResponse<String> forged = webhook("/api/webhooks/docusign", completed, "X-DocuSign-Signature-1",
        hmac("not the connect key", completed));
    assertThat(forged.statusCode()).isEqualTo(401);
    company.settle();
    assertThat(company.deal(dealId).get("stage").asText()).isEqualTo(waiting);
    assertThat(waitsFor(dealId, DealClosingProcess.Messages.CONTRACT_SIGNED)).isTrue();
    assertThat(quickBooks.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/invoice")))).isEmpty();

    // DocuSign reports the signed contract
    HttpResponse<String> signed = webhook("/api/webhooks/docusign", completed, "X-DocuSign-Signature-1",
        hmac(CONNECT_KEY, completed));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    company.settle();
    company.approveCeoGates(dealId);
    company.settle();

    JsonNode won = company.deal(dealId);
    assertThat(won.get("status").asText()).isEqualTo("WON");
    assertThat(won.get("stage").asText()).isEqualTo("WON");
    assertThat(won.get("invoiceNumber").asText()).isEqualTo("1037");
    JsonNode invoices = json.readTree(company.call(HttpMethod.GET, "/api/ledger/invoices", null, "api").getBody());
    assertThat(invoices.findValuesAsText("number")).containsExactly("1037");

    // QuickBooks created the invoice on the first call (answered 500); the retry carried the same request id
    List<LoggedRequest> invoicePosts = quickBooks.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/invoice")));
    assertThat(invoicePosts).hasSize(2);
    assertThat(invoicePosts.stream().map(post -> post.queryParameter("requestid").firstValue()).distinct())
        .hasSize(1);
    assertThat(quickBooks.getAllScenarios().getScenarios()).singleElement()
        .satisfies(scenario -> assertThat(scenario.getState()).isEqualTo("invoice 130 exists"));
    assertThat(quickBooks.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/customer")))).hasSize(1);
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(1);

    // a forged QuickBooks notification is refused
    String payment = "{\"eventNotifications\":[{\"realmId\":\"" + REALM + "\",\"dataChangeEvent\":{\"entities\":["
        + "{\"name\":\"Payment\",\"id\":\"5\",\"operation\":\"Create\"}]}}]}";
    HttpResponse<String> forgedPayment = webhook("/api/webhooks/quickbooks", payment, "intuit-signature",
        hmac("not the verifier", payment));
    assertThat(forgedPayment.statusCode()).isEqualTo(401);
    assertThat(quickBooks.findAll(getRequestedFor(urlPathEqualTo(COMPANY + "/payment/5")))).isEmpty();
  }

  /** DocuSign: a token; the first envelope is created but its answer lost; the search then finds it. */
  private static void fakeDocuSign(String idempotencyKey) {
    docuSign.stubFor(post("/oauth/token").willReturn(okJson(
        "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    docuSign.stubFor(post(ENVELOPES).inScenario("lost response").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("created"));
    docuSign.stubFor(post(ENVELOPES).inScenario("lost response").whenScenarioStateIs("created")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"envelopeId\":\"second-envelope\",\"status\":\"sent\"}")));
    docuSign.stubFor(get(urlPathEqualTo(ENVELOPES)).inScenario("lost response").whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"resultSetSize\":\"0\",\"totalSetSize\":\"0\",\"envelopes\":[]}")));
    docuSign.stubFor(get(urlPathEqualTo(ENVELOPES)).inScenario("lost response").whenScenarioStateIs("created")
        .willReturn(okJson("{\"resultSetSize\":\"1\",\"totalSetSize\":\"1\",\"envelopes\":[{\"envelopeId\":\""
            + ENVELOPE_ID + "\",\"status\":\"sent\",\"customFields\":{\"textCustomFields\":[{\"name\":"
            + "\"bbIdempotencyKey\",\"value\":\"" + idempotencyKey + "\",\"show\":\"false\"}]}}]}")));
    docuSign.stubFor(get(ENVELOPES + "/" + ENVELOPE_ID).willReturn(okJson(
        "{\"envelopeId\":\"" + ENVELOPE_ID + "\",\"status\":\"sent\"}")));
  }

  /** QuickBooks: a token, no customer yet, and an invoice created on the first call whose answer is a 500. */
  private static void fakeQuickBooks() {
    quickBooks.stubFor(post(QB_TOKEN).willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":\"eyJ-1\","
        + "\"expires_in\":3600,\"refresh_token\":\"AB11refresh-token-0042\",\"x_refresh_token_expires_in\":8726400}")));
    quickBooks.stubFor(get(urlPathEqualTo(COMPANY + "/query"))
        .willReturn(okJson("{\"QueryResponse\":{}," + TIME + "}")));
    quickBooks.stubFor(post(urlPathEqualTo(COMPANY + "/customer")).willReturn(okJson(
        "{\"Customer\":{\"Id\":\"58\",\"SyncToken\":\"0\",\"DisplayName\":\"Acme Software GmbH\"}," + TIME + "}")));
    quickBooks.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).inScenario("books").whenScenarioStateIs(STARTED)
        .willReturn(qbFault(500, "SystemFault", "10000", "An application error has occurred while processing"))
        .willSetStateTo("invoice 130 exists"));
    // QuickBooks' deduplication: the request id of the first call returns the invoice it created
    quickBooks.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).inScenario("books")
        .whenScenarioStateIs("invoice 130 exists")
        .willReturn(okJson(invoiceJson("130", "1037"))));
  }

  private static ResponseDefinitionBuilder qbFault(int status, String type, String code, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"Fault\":{\"Error\":[{\"Message\":\"" + message + "\",\"Detail\":\"" + message
            + "\",\"code\":\"" + code + "\"}],\"type\":\"" + type + "\"}," + TIME + "}");
  }

  private static String invoiceJson(String id, String docNumber) {
    return "{\"Invoice\":{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"DocNumber\":\"" + docNumber
        + "\",\"TotalAmt\":48000,\"CurrencyRef\":{\"value\":\"EUR\",\"name\":\"Euro\"},"
        + "\"CustomerRef\":{\"value\":\"58\"}}," + TIME + "}";
  }

  /** A Connect message as DocuSign sends it in the JSON (SIM) format of REST v2.1. */
  private static String connectCompleted(String envelopeId) {
    return """
        {"event":"envelope-completed","apiVersion":"v2.1","uri":"/restapi/v2.1/accounts/%s/envelopes/%s",
         "retryCount":0,"configurationId":10418264,"generatedDateTime":"2026-11-21T10:40:31.7210000Z",
         "data":{"accountId":"%s","userId":"%s","envelopeId":"%s",
           "envelopeSummary":{"status":"completed","emailSubject":"Your contract with us: please sign",
             "completedDateTime":"2026-11-21T10:40:29.4800000Z"}}}
        """.formatted(ACCOUNT_ID, envelopeId, ACCOUNT_ID, USER_ID, envelopeId);
  }

  private boolean waitsFor(String dealId, String message) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(dealId).messageEventSubscriptionName(message)
        .count() > 0;
  }

  private HttpResponse<String> webhook(String path, String body, String header, String signature)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .header(header, signature)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return webhookClient.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Base64 of the HMAC-SHA256 of the body: how both DocuSign Connect and QuickBooks sign their webhooks. */
  private static String hmac(String key, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String throwawayPrivateKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
          + "\n-----END PRIVATE KEY-----\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }





}
