package com.businessbuilder.accounting;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The QuickBooks webhook and the ledger API over HTTP, with QuickBooks and Intuit's token endpoint faked locally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountingWebTest {

  static final String VERIFIER = "verifier-token-5f1e";
  static final String REALM = "9341453156789";
  static final WireMockServer fake = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    fake.start();
  }

  @DynamicPropertySource
  static void quickbooks(DynamicPropertyRegistry properties) {
    properties.add("bb.accounting.provider", () -> "quickbooks");
    properties.add("bb.accounting.base-url", fake::baseUrl);
    properties.add("bb.accounting.token-url", () -> fake.baseUrl() + "/oauth2/v1/tokens/bearer");
    properties.add("bb.accounting.realm-id", () -> REALM);
    properties.add("bb.accounting.client-id", () -> "client");
    properties.add("bb.accounting.client-secret", () -> "secret");
    properties.add("bb.accounting.refresh-token", () -> "refresh");
    properties.add("bb.accounting.webhook-verifier-token", () -> VERIFIER);
    properties.add("bb.accounting.max-retries", () -> "0");
  }

  @AfterAll
  static void stopFake() {
    fake.stop();
  }

  @TestConfiguration
  static class PaymentsHeard {
    final List<PaymentReceived> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PaymentReceived payment) {
      received.add(payment);
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired PaymentsHeard heard;
  @Autowired Accounting accounting;
  @Autowired ObjectMapper json;

  @BeforeEach
  void quickbooksAnswers() {
    fake.stubFor(post("/oauth2/v1/tokens/bearer").willReturn(okJson(
        "{\"token_type\":\"bearer\",\"access_token\":\"access\",\"expires_in\":3600,\"refresh_token\":\"refresh\"}")));
  }

  static String notification(String paymentId) {
    return "{\"eventNotifications\":[{\"realmId\":\"" + REALM + "\",\"dataChangeEvent\":{\"entities\":["
        + "{\"name\":\"Customer\",\"id\":\"58\",\"operation\":\"Update\",\"lastUpdated\":\"2026-03-14T10:00:00.000Z\"},"
        + "{\"name\":\"Payment\",\"id\":\"" + paymentId + "\",\"operation\":\"Create\","
        + "\"lastUpdated\":\"2026-03-14T10:00:01.000Z\"}]}}]}";
  }

  static void paymentExists(String paymentId, String invoiceId, String amount) {
    fake.stubFor(get(urlPathEqualTo("/v3/company/" + REALM + "/payment/" + paymentId)).willReturn(okJson(
        "{\"Payment\":{\"Id\":\"" + paymentId + "\",\"TotalAmt\":" + amount + ",\"Line\":[{\"Amount\":" + amount
            + ",\"LinkedTxn\":[{\"TxnId\":\"" + invoiceId + "\",\"TxnType\":\"Invoice\"}]}]},"
            + "\"time\":\"2026-03-14T03:00:00.000-07:00\"}")));
  }

  static String sign(String body, String key) {
    return Base64.getEncoder().encodeToString(
        QuickBooksWebhookController.hmac(key, body.getBytes(StandardCharsets.UTF_8)));
  }

  ResponseEntity<String> deliver(String body, String signature) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (signature != null) {
      headers.set("intuit-signature", signature);
    }
    return http.exchange(QuickBooksWebhookController.PATH, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  long paymentsFor(String invoiceId) {
    return heard.received.stream().filter(p -> invoiceId.equals(p.invoiceId())).count();
  }

  @Test
  void aSignedPaymentNotificationPublishesThePaymentOnceAndAReplayNothing() {
    paymentExists("77", "130", "1500.50");
    String body = notification("77");

    ResponseEntity<String> delivered = deliver(body, sign(body, VERIFIER));
    ResponseEntity<String> replayed = deliver(body, sign(body, VERIFIER));

    assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(heard.received).filteredOn(p -> "130".equals(p.invoiceId()))
        .containsExactly(new PaymentReceived("130", new BigDecimal("1500.50"), "quickbooks"));
    assertThat(fake.findAll(getRequestedFor(urlPathEqualTo("/v3/company/" + REALM + "/payment/77")))).hasSize(1);
  }

  @Test
  void aWrongSignatureIsRefusedWithA401ProblemAndPublishesNothing() throws Exception {
    paymentExists("78", "131", "20.00");
    String body = notification("78");

    ResponseEntity<String> forged = deliver(body, sign(body, "not-the-verifier-token"));
    ResponseEntity<String> tampered = deliver(body.replace("\"78\"", "\"79\""), sign(body, VERIFIER));
    ResponseEntity<String> unsigned = deliver(body, null);
    ResponseEntity<String> garbage = deliver(body, "%%% not base64 %%%");

    for (ResponseEntity<String> refused : List.of(forged, tampered, unsigned, garbage)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode problem = json.readTree(refused.getBody());
      assertThat(problem.get("status").asInt()).isEqualTo(401);
      assertThat(problem.get("title").asText()).isEqualTo("Invalid signature");
    }
    assertThat(paymentsFor("131")).isZero();
    assertThat(fake.findAll(getRequestedFor(urlPathEqualTo("/v3/company/" + REALM + "/payment/78")))).isEmpty();
  }

  @Test
  void theLedgerListsAndExportsInvoicesBehindHttpBasic() throws Exception {
    fake.stubFor(post(urlPathEqualTo("/v3/company/" + REALM + "/invoice")).willReturn(okJson(
        "{\"Invoice\":{\"Id\":\"901\",\"DocNumber\":\"1901\",\"TotalAmt\":250,\"CurrencyRef\":{\"value\":\"EUR\"}},"
            + "\"time\":\"2026-03-14T03:00:00.000-07:00\"}")));
    accounting.createInvoice(new InvoiceRequest("invoice-web-1", "58", "deal-web, \"1\"",
        List.of(new InvoiceLine("Workshop", new BigDecimal("250.00"))), LocalDate.parse("2026-04-13"), "EUR"));

    ResponseEntity<String> list = authorisedGet("/api/ledger/invoices");
    ResponseEntity<String> csv = authorisedGet("/api/ledger/invoices.csv");
    ResponseEntity<String> anonymous = http.getForEntity("/api/ledger/invoices.csv", String.class);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode invoice = json.readTree(list.getBody()).findParent("invoiceId");
    assertThat(invoice.get("number").asText()).isEqualTo("1901");
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("250.00");
    assertThat(invoice.get("dueDate").asText()).isEqualTo("2026-04-13");
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("invoices.csv");
    assertThat(csv.getBody()).startsWith(LedgerController.CSV_HEADER + "\r\n");
    assertThat(csv.getBody()).contains("1901,901,quickbooks,58,\"deal-web, \"\"1\"\"\",250.00,EUR,2026-04-13,");
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> authorisedGet(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("api", "api");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
