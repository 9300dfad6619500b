package com.businessbuilder.accounting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exact requests the QuickBooks adapter sends through the devkit, against a local fake of QuickBooks Online and
 * Intuit's token endpoint (on a non-default port, which the devkit's default transport would drop).
 */
class QuickBooksAccountingContractTest {

  static final String REALM = "9341453156789";
  static final String CLIENT_ID = "ABclient4Yx";
  static final String CLIENT_SECRET = "secret-7Hq2LmZ";
  static final String REFRESH_TOKEN = "AB11refresh-token-0042";
  static final String ACCESS_TOKEN = "eyJ-access-token-1";
  static final String COMPANY = "/v3/company/" + REALM;
  static final String TIME = "\"time\":\"2026-03-14T03:00:00.000-07:00\"";

  @RegisterExtension
  static final WireMockExtension fake = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .build();

  private final LedgerDatabase db = new LedgerDatabase();

  AccountingProperties properties(String accessToken, int maxRetries) {
    return new AccountingProperties("quickbooks", fake.baseUrl(), REALM, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN,
        accessToken, fake.baseUrl() + "/oauth2/v1/tokens/bearer", "verifier", "1", "INV", Duration.ofMillis(800),
        maxRetries);
  }

  QuickBooksAccounting quickbooks(AccountingProperties properties) {
    return new QuickBooksAccounting(properties, db.ledger, new QuickBooksTokens(properties,
        new QuickBooksTokenStore(db.jdbc), Clock.systemUTC()),
        Duration.ofMillis(10), Clock.systemUTC());
  }

  QuickBooksAccounting quickbooks() {
    return quickbooks(properties(null, 2));
  }

  void tokenEndpointGrants(String accessToken) {
    fake.stubFor(post("/oauth2/v1/tokens/bearer").willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":\""
        + accessToken + "\",\"expires_in\":3600,\"refresh_token\":\"" + REFRESH_TOKEN
        + "\",\"x_refresh_token_expires_in\":8726400}")));
  }

  static ResponseDefinitionBuilder fault(int status, String type, String code, String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"Fault\":{\"Error\":[{\"Message\":\"" + message + "\",\"Detail\":\"" + message
            + "\",\"code\":\"" + code + "\"}],\"type\":\"" + type + "\"}," + TIME + "}");
  }

  static String invoiceJson(String id, String docNumber) {
    return "{\"Invoice\":{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"DocNumber\":\"" + docNumber
        + "\",\"TotalAmt\":1500.50,\"CurrencyRef\":{\"value\":\"EUR\",\"name\":\"Euro\"},"
        + "\"CustomerRef\":{\"value\":\"58\"}}," + TIME + "}";
  }

  static InvoiceRequest invoiceRequest(String key) {
    return new InvoiceRequest(key, "58", "deal-17", List.of(new InvoiceLine("Website, phase 1",
        new BigDecimal("1200.00")), new InvoiceLine("Hosting setup", new BigDecimal("300.50"))),
        LocalDate.parse("2026-04-13"), "EUR");
  }

  List<LoggedRequest> invoicePosts() {
    return fake.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/invoice")));
  }

  @Test
  void refreshesTheTokenThenFindsNoCustomerAndCreatesItWithAStableRequestId() throws Exception {
    tokenEndpointGrants(ACCESS_TOKEN);
    fake.stubFor(get(urlPathEqualTo(COMPANY + "/query"))
        .willReturn(okJson("{\"QueryResponse\":{}," + TIME + "}")));
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/customer")).willReturn(okJson(
        "{\"Customer\":{\"Id\":\"58\",\"SyncToken\":\"0\",\"DisplayName\":\"O'Hara Bakery\"}," + TIME + "}")));
    CustomerDetails details = new CustomerDetails("customer-deal-17", "O'Hara Bakery", "cfo@ohara.example");

    // in a thread of its own: the devkit's configuration is per thread and must be set where the call runs
    CustomerRef customer = Executors.newSingleThreadExecutor().submit(() -> quickbooks().ensureCustomer(details))
        .get();

    assertThat(customer).isEqualTo(new CustomerRef("58", "O'Hara Bakery", "quickbooks"));
    LoggedRequest token = fake.findAll(postRequestedFor(urlPathEqualTo("/oauth2/v1/tokens/bearer"))).get(0);
    assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(token.getHeader("Accept")).isEqualTo("application/json");
    assertThat(token.getBodyAsString()).isEqualTo("grant_type=refresh_token&refresh_token=" + REFRESH_TOKEN);

    LoggedRequest query = fake.findAll(getRequestedFor(urlPathEqualTo(COMPANY + "/query"))).get(0);
    assertThat(query.queryParameter("query").firstValue())
        .isEqualTo("select * from Customer where DisplayName = 'O\\'Hara Bakery'");
    assertThat(query.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);

    LoggedRequest create = fake.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/customer"))).get(0);
    assertThat(create.queryParameter("requestid").firstValue())
        .isEqualTo(QuickBooksAccounting.requestId("customer-deal-17")).hasSizeLessThanOrEqualTo(50);
    assertThat(create.queryParameter("minorversion").firstValue()).isEqualTo(QuickBooksAccounting.MINOR_VERSION);
    assertThat(create.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
    assertThat(create.getHeader("Content-Type")).startsWith("application/json");
    assertThat(equalToJson("{\"DisplayName\":\"O'Hara Bakery\",\"CompanyName\":\"O'Hara Bakery\","
        + "\"PrimaryEmailAddr\":{\"Address\":\"cfo@ohara.example\"}}").match(create.getBodyAsString()).isExactMatch())
        .as(create.getBodyAsString()).isTrue();

    // known now: a retried task asks QuickBooks nothing
    assertThat(quickbooks().ensureCustomer(details)).isEqualTo(customer);
    assertThat(fake.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/customer")))).hasSize(1);
  }

  @Test
  void anExistingCustomerIsFoundAndNotCreated() {
    tokenEndpointGrants(ACCESS_TOKEN);
    fake.stubFor(get(urlPathEqualTo(COMPANY + "/query")).willReturn(okJson("{\"QueryResponse\":{\"Customer\":"
        + "[{\"Id\":\"61\",\"DisplayName\":\"Acme Bakery\"}],\"startPosition\":1,\"maxResults\":1}," + TIME + "}")));

    CustomerRef customer = quickbooks().ensureCustomer(new CustomerDetails("customer-d2", "Acme Bakery", null));

    assertThat(customer).isEqualTo(new CustomerRef("61", "Acme Bakery", "quickbooks"));
    assertThat(fake.findAll(postRequestedFor(urlPathEqualTo(COMPANY + "/customer")))).isEmpty();
  }

  @Test
  void theInvoiceIsCreatedWithItsLinesAndTheRequestIdOfItsKeyAndRecordedOnce() {
    tokenEndpointGrants(ACCESS_TOKEN);
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).willReturn(okJson(invoiceJson("130", "1037"))));

    InvoiceRef invoice = quickbooks().createInvoice(invoiceRequest("invoice-deal-17"));

    assertThat(invoice).isEqualTo(new InvoiceRef("130", "1037", new BigDecimal("1500.50"), "EUR", "quickbooks"));
    LoggedRequest create = invoicePosts().get(0);
    assertThat(create.queryParameter("requestid").firstValue())
        .isEqualTo(QuickBooksAccounting.requestId("invoice-deal-17"));
    assertThat(create.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
    assertThat(create.getBodyAsString()).satisfies(body -> assertThat(equalToJson("""
        {"Line":[
          {"Description":"Website, phase 1","Amount":1200.00,"DetailType":"SalesItemLineDetail",
           "SalesItemLineDetail":{"ItemRef":{"value":"1"}}},
          {"Description":"Hosting setup","Amount":300.50,"DetailType":"SalesItemLineDetail",
           "SalesItemLineDetail":{"ItemRef":{"value":"1"}}}],
         "CustomerRef":{"value":"58"},
         "DueDate":"2026-04-13",
         "CurrencyRef":{"value":"EUR"},
         "PrivateNote":"Business Builder deal deal-17"}
        """).match(body).isExactMatch()).as(body).isTrue());

    assertThat(quickbooks().createInvoice(invoiceRequest("invoice-deal-17"))).isEqualTo(invoice);
    assertThat(invoicePosts()).hasSize(1);
    assertThat(db.ledger.invoiceByKey("quickbooks", "invoice-deal-17")).get()
        .satisfies(row -> assertThat(row.requestId()).isEqualTo(QuickBooksAccounting.requestId("invoice-deal-17")));
  }

  /**
   * Nothing twice: QuickBooks creates the invoice but the answer is a fault (lost). The retry carries the same
   * request id, QuickBooks answers with the invoice it already has, and exactly one invoice exists.
   */
  @Test
  void aLostAnswerIsRetriedWithTheSameRequestIdAndMakesNoSecondInvoice() {
    tokenEndpointGrants(ACCESS_TOKEN);
    String requestId = QuickBooksAccounting.requestId("invoice-deal-17");
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).inScenario("books").whenScenarioStateIs(STARTED)
        .withQueryParam("requestid", equalTo(requestId))
        .willReturn(fault(500, "SystemFault", "10000", "An application error has occurred while processing"))
        .willSetStateTo("invoice 130 exists"));
    // QuickBooks' deduplication: the same request id returns the invoice it created
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).inScenario("books").whenScenarioStateIs("invoice 130 exists")
        .withQueryParam("requestid", equalTo(requestId))
        .willReturn(okJson(invoiceJson("130", "1037"))));
    // any other request id would create a second invoice
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).inScenario("books").whenScenarioStateIs("invoice 130 exists")
        .withQueryParam("requestid", notMatching(requestId))
        .willReturn(okJson(invoiceJson("131", "1038"))).willSetStateTo("two invoices"));

    InvoiceRef invoice = quickbooks().createInvoice(invoiceRequest("invoice-deal-17"));

    assertThat(invoice.invoiceId()).isEqualTo("130");
    assertThat(invoicePosts()).hasSize(2)
        .allSatisfy(post -> assertThat(post.queryParameter("requestid").firstValue()).isEqualTo(requestId))
        .extracting(LoggedRequest::getBodyAsString).containsOnly(invoicePosts().get(0).getBodyAsString());
    assertThat(fake.getAllScenarios().getScenarios()).singleElement()
        .satisfies(scenario -> assertThat(scenario.getState()).isEqualTo("invoice 130 exists"));
    assertThat(db.count("bb_ledger_invoice")).isEqualTo(1);
  }

  @Test
  void anAnswerThatComesTooLateIsRetriedWithTheSameRequestId() {
    tokenEndpointGrants(ACCESS_TOKEN);
    String requestId = QuickBooksAccounting.requestId("invoice-deal-18");
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).inScenario("slow").whenScenarioStateIs(STARTED)
        .willReturn(okJson(invoiceJson("140", "1040")).withFixedDelay(2_000)).willSetStateTo("invoice 140 exists"));
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).inScenario("slow")
        .whenScenarioStateIs("invoice 140 exists").withQueryParam("requestid", equalTo(requestId))
        .willReturn(okJson(invoiceJson("140", "1040"))));

    InvoiceRef invoice = quickbooks().createInvoice(invoiceRequest("invoice-deal-18"));

    assertThat(invoice.invoiceId()).isEqualTo("140");
    assertThat(invoicePosts()).hasSize(2)
        .allSatisfy(post -> assertThat(post.queryParameter("requestid").firstValue()).isEqualTo(requestId));
  }

  @Test
  void aRefusedAccessTokenIsRefreshedOnceAndTheCallRepeated() {
    tokenEndpointGrants("eyJ-fresh-token");
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice")).withHeader("Authorization", equalTo("Bearer stale"))
        .willReturn(fault(401, "AUTHENTICATION", "3200", "message=AuthenticationFailed; errorCode=003200")));
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice"))
        .withHeader("Authorization", equalTo("Bearer eyJ-fresh-token"))
        .willReturn(okJson(invoiceJson("150", "1050"))));

    InvoiceRef invoice = quickbooks(properties("stale", 2)).createInvoice(invoiceRequest("invoice-deal-19"));

    assertThat(invoice.invoiceId()).isEqualTo("150");
    assertThat(fake.findAll(postRequestedFor(urlPathEqualTo("/oauth2/v1/tokens/bearer")))).hasSize(1);
    assertThat(invoicePosts()).extracting(post -> post.queryParameter("requestid").firstValue()).containsOnly(
        QuickBooksAccounting.requestId("invoice-deal-19"));
  }

  @Test
  void aValidationFaultIsNotRetriedAndNamesQuickBooksError() {
    tokenEndpointGrants(ACCESS_TOKEN);
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice"))
        .willReturn(fault(400, "ValidationFault", "2500", "Invalid Reference Id")));

    AccountingCallFailed failed = catchThrowableOfType(AccountingCallFailed.class,
        () -> quickbooks().createInvoice(invoiceRequest("invoice-deal-20")));

    assertThat(failed.retryable()).isFalse();
    assertThat(failed.httpStatus()).isEqualTo(400);
    assertThat(failed.getMessage()).isEqualTo("QuickBooks create invoice failed: HTTP 400 (2500 Invalid Reference Id: "
        + "Invalid Reference Id)");
    assertThat(invoicePosts()).hasSize(1);
    assertThat(db.count("bb_ledger_invoice")).isZero();
  }

  @Test
  void anUnavailableServiceIsRetriedABoundedNumberOfTimesWithTheSameRequestId() {
    tokenEndpointGrants(ACCESS_TOKEN);
    fake.stubFor(post(urlPathEqualTo(COMPANY + "/invoice"))
        .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html>down</html>")));

    AccountingCallFailed failed = catchThrowableOfType(AccountingCallFailed.class,
        () -> quickbooks().createInvoice(invoiceRequest("invoice-deal-21")));

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.httpStatus()).isEqualTo(503);
    assertThat(failed.getMessage()).startsWith("QuickBooks create invoice failed: HTTP 503")
        .endsWith("also after 2 retries (bb.accounting.max-retries)");
    assertThat(invoicePosts()).hasSize(3).extracting(post -> post.queryParameter("requestid").firstValue())
        .containsOnly(QuickBooksAccounting.requestId("invoice-deal-21"));
  }

  @Test
  void aRevokedRefreshTokenFailsWithoutRetryAndWithoutShowingASecret() {
    fake.stubFor(post("/oauth2/v1/tokens/bearer").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\"}")));

    AccountingCallFailed failed = catchThrowableOfType(AccountingCallFailed.class,
        () -> quickbooks().createInvoice(invoiceRequest("invoice-deal-22")));

    assertThat(failed.retryable()).isFalse();
    assertThat(failed.getMessage()).isEqualTo("Intuit's token endpoint answered 400 invalid_grant (check "
        + "bb.accounting.client-id, client-secret and refresh-token)")
        .doesNotContain(REFRESH_TOKEN).doesNotContain(CLIENT_SECRET);
    assertThat(invoicePosts()).isEmpty();
  }

  @Test
  void aRotatedRefreshTokenIsKeptAndUsedAfterARestartUntilANewOneIsConfigured() {
    fake.stubFor(post("/oauth2/v1/tokens/bearer").willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":"
        + "\"a1\",\"expires_in\":3600,\"refresh_token\":\"AB11rotated-0043\",\"x_refresh_token_expires_in\":8726400}")));
    fake.stubFor(get(urlPathEqualTo(COMPANY + "/query")).willReturn(okJson("{\"QueryResponse\":{\"Customer\":"
        + "[{\"Id\":\"61\",\"DisplayName\":\"Acme Bakery\"}]}," + TIME + "}")));
    CustomerDetails acme = new CustomerDetails("customer-d3", "Acme Bakery", null);

    quickbooks().ensureCustomer(acme);
    db.jdbc.sql("delete from bb_ledger_customer").update();
    quickbooks().ensureCustomer(acme); // after a restart: a new adapter, the same database
    AccountingProperties reconnected = new AccountingProperties("quickbooks", fake.baseUrl(), REALM, CLIENT_ID,
        CLIENT_SECRET, "AB11reconnected-0099", null, fake.baseUrl() + "/oauth2/v1/tokens/bearer", null, "1", "INV",
        Duration.ofMillis(800), 0);
    db.jdbc.sql("delete from bb_ledger_customer").update();
    quickbooks(reconnected).ensureCustomer(acme);

    assertThat(fake.findAll(postRequestedFor(urlPathEqualTo("/oauth2/v1/tokens/bearer"))))
        .extracting(LoggedRequest::getBodyAsString).containsExactly(
            "grant_type=refresh_token&refresh_token=" + REFRESH_TOKEN,
            "grant_type=refresh_token&refresh_token=AB11rotated-0043",
            "grant_type=refresh_token&refresh_token=AB11reconnected-0099");
  }

  @Test
  void aPaymentIsReadWithTheInvoicesItPays() {
    tokenEndpointGrants(ACCESS_TOKEN);
    fake.stubFor(get(urlPathEqualTo(COMPANY + "/payment/77")).willReturn(okJson("{\"Payment\":{\"Id\":\"77\","
        + "\"TotalAmt\":1500.50,\"CustomerRef\":{\"value\":\"58\"},\"Line\":[{\"Amount\":1500.50,"
        + "\"LinkedTxn\":[{\"TxnId\":\"130\",\"TxnType\":\"Invoice\"}]}]}," + TIME + "}")));

    assertThat(quickbooks().payment("77"))
        .containsExactly(new PaymentReceived("130", new BigDecimal("1500.50"), "quickbooks"));
    assertThat(fake.findAll(getRequestedFor(urlPathEqualTo(COMPANY + "/payment/77"))).get(0)
        .getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
  }
}
