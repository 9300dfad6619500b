package com.businessbuilder.signing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The DocuSign adapter against a local fake of DocuSign's OAuth server and eSignature REST API: the exact requests
 * the SDK sends, the token cache, and above all that a retry never sends a second envelope.
 */
class DocuSignSignatureContractTest {

  static final String ENVELOPES = "/restapi/v2.1/accounts/" + SigningTestData.ACCOUNT_ID + "/envelopes";
  static final String TOKEN = "/oauth/token";
  static final String ENVELOPE_ID = "93be49ab-7a4e-4d5b-8bf1-3f3d4a2b1c0d";
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension docuSign = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
  SignatureEnvelopes envelopes;
  DocuSignSignature signature;

  @BeforeEach
  void fakeDocuSign() {
    envelopes = SigningTestData.freshDatabase();
    signature = new DocuSignSignature(SigningTestData.docuSign(docuSign.baseUrl()), envelopes, clock);
    docuSign.stubFor(post(TOKEN).willReturn(okJson(
        "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
  }

  @Test
  void sendsTheContractWithAnchorTabsAndTheIdempotencyKey() throws Exception {
    docuSign.stubFor(post(ENVELOPES).willReturn(created()));

    Envelope envelope = signature.send(SigningTestData.contract("deal-42/contract-v1"));

    assertThat(envelope).isEqualTo(new Envelope(ENVELOPE_ID, "docusign", EnvelopeStatus.SENT));
    List<LoggedRequest> creates = docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)));
    assertThat(creates).hasSize(1);
    LoggedRequest create = creates.get(0);
    assertThat(create.getHeader("Authorization")).isEqualTo("Bearer token-1");
    JsonNode body = JSON.readTree(create.getBodyAsString());
    assertThat(body.path("status").asText()).isEqualTo("sent");
    assertThat(body.path("emailSubject").asText()).isEqualTo("Please sign: ACME-2026-001");
    JsonNode document = body.path("documents").get(0);
    assertThat(document.path("name").asText()).isEqualTo("Contract ACME-2026-001.pdf");
    assertThat(document.path("fileExtension").asText()).isEqualTo("pdf");
    assertThat(Base64.getDecoder().decode(document.path("documentBase64").asText()))
        .isEqualTo(SigningTestData.contract("x").pdf());
    JsonNode signer = body.path("recipients").path("signers").get(0);
    assertThat(signer.path("email").asText()).isEqualTo("ada@acme.example");
    assertThat(signer.path("name").asText()).isEqualTo("Ada Client");
    assertThat(signer.path("tabs").path("signHereTabs").get(0).path("anchorString").asText()).isEqualTo("/sig1/");
    assertThat(signer.path("tabs").path("dateSignedTabs").get(0).path("anchorString").asText())
        .isEqualTo("/date1/");
    JsonNode keyField = body.path("customFields").path("textCustomFields").get(0);
    assertThat(keyField.path("name").asText()).isEqualTo("bbIdempotencyKey");
    assertThat(keyField.path("value").asText()).isEqualTo("deal-42/contract-v1");
    assertThat(keyField.path("show").asText()).isEqualTo("false");
    assertThat(envelopes.byKey("deal-42/contract-v1").orElseThrow().envelopeId()).isEqualTo(ENVELOPE_ID);
  }

  @Test
  void theTokenComesFromAJwtGrantSignedWithTheAppsKey() {
    docuSign.stubFor(post(ENVELOPES).willReturn(created()));

    signature.send(SigningTestData.contract("deal-42/contract-v1"));

    List<LoggedRequest> tokenRequests = docuSign.findAll(postRequestedFor(urlEqualTo(TOKEN)));
    assertThat(tokenRequests).hasSize(1);
    assertThat(tokenRequests.get(0).getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = form(tokenRequests.get(0).getBodyAsString());
    assertThat(form).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
    DecodedJWT jwt = JWT.require(Algorithm.RSA256((RSAPublicKey) SigningTestData.KEYS.getPublic(), null))
        .withIssuer(SigningTestData.INTEGRATION_KEY)
        .withSubject(SigningTestData.USER_ID)
        .withAudience(URI.create(docuSign.baseUrl()).getAuthority())
        .build()
        .verify(form.get("assertion"));
    assertThat(jwt.getClaim("scope").asString()).isEqualTo("signature impersonation");
    assertThat(jwt.getExpiresAtAsInstant()).isAfter(jwt.getIssuedAtAsInstant());
  }

  @Test
  void theTokenIsReusedAndRefreshedBeforeItExpires() {
    docuSign.stubFor(get(ENVELOPES + "/" + ENVELOPE_ID).willReturn(okJson(
        "{\"envelopeId\":\"" + ENVELOPE_ID + "\",\"status\":\"delivered\"}")));

    signature.status(ENVELOPE_ID);
    clock.advance(Duration.ofMinutes(30));
    signature.status(ENVELOPE_ID);
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(TOKEN)))).hasSize(1);

    clock.advance(Duration.ofMinutes(26)); // 4 minutes left, less than the 5-minute margin
    signature.status(ENVELOPE_ID);
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(TOKEN)))).hasSize(2);
    assertThat(docuSign.findAll(getRequestedFor(urlEqualTo(ENVELOPES + "/" + ENVELOPE_ID))))
        .hasSize(3).allSatisfy(request -> assertThat(request.getHeader("Authorization")).startsWith("Bearer "));
  }

  @Test
  void aRevokedTokenIsReplacedOnce() {
    docuSign.stubFor(get(ENVELOPES + "/" + ENVELOPE_ID).inScenario("revoked").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"errorCode\":\"AUTHORIZATION_INVALID_TOKEN\",\"message\":\"The access token is invalid\"}"))
        .willSetStateTo("new token"));
    docuSign.stubFor(get(ENVELOPES + "/" + ENVELOPE_ID).inScenario("revoked").whenScenarioStateIs("new token")
        .willReturn(okJson("{\"envelopeId\":\"" + ENVELOPE_ID + "\",\"status\":\"completed\"}")));

    assertThat(signature.status(ENVELOPE_ID)).contains(EnvelopeStatus.COMPLETED);
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(TOKEN)))).hasSize(2);
  }

  @Test
  void theStatusIsAskedOfDocuSign() {
    for (String[] pair : new String[][] {{"sent", "SENT"}, {"delivered", "DELIVERED"}, {"completed", "COMPLETED"},
        {"declined", "DECLINED"}, {"voided", "VOIDED"}}) {
      docuSign.stubFor(get(ENVELOPES + "/" + ENVELOPE_ID).willReturn(okJson(
          "{\"envelopeId\":\"" + ENVELOPE_ID + "\",\"status\":\"" + pair[0] + "\"}")));
      assertThat(signature.status(ENVELOPE_ID)).contains(EnvelopeStatus.valueOf(pair[1]));
    }
  }

  @Test
  void aStatusDocuSignMayAddOneDayIsIgnoredNotGuessed() {
    docuSign.stubFor(get(ENVELOPES + "/" + ENVELOPE_ID).willReturn(okJson(
        "{\"envelopeId\":\"" + ENVELOPE_ID + "\",\"status\":\"timedout\"}")));

    assertThat(signature.status(ENVELOPE_ID)).isEmpty();
  }

  @Test
  void aRetryOfTheSameRequestSendsNothing() {
    docuSign.stubFor(post(ENVELOPES).willReturn(created()));

    Envelope first = signature.send(SigningTestData.contract("deal-42/contract-v1"));
    Envelope again = signature.send(SigningTestData.contract("deal-42/contract-v1"));

    assertThat(again).isEqualTo(first);
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(1);
  }

  /**
   * DocuSign creates the envelope, but the connection drops before its answer arrives. The retry finds the
   * envelope by its idempotency key and sends no second one.
   */
  @Test
  void aLostResponseIsFoundAgainAndNotSentTwice() {
    docuSign.stubFor(post(ENVELOPES).inScenario("lost response").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("envelope exists"));
    docuSign.stubFor(get(urlPathEqualTo(ENVELOPES)).inScenario("lost response").whenScenarioStateIs(STARTED)
        .willReturn(okJson("{\"resultSetSize\":\"0\",\"totalSetSize\":\"0\",\"envelopes\":[]}")));
    docuSign.stubFor(get(urlPathEqualTo(ENVELOPES)).inScenario("lost response")
        .whenScenarioStateIs("envelope exists")
        .willReturn(okJson("{\"resultSetSize\":\"1\",\"totalSetSize\":\"1\",\"envelopes\":[{\"envelopeId\":\""
            + ENVELOPE_ID + "\",\"status\":\"sent\",\"customFields\":{\"textCustomFields\":[{\"name\":"
            + "\"bbIdempotencyKey\",\"value\":\"deal-42/contract-v1\",\"show\":\"false\"}]}}]}")));

    SigningFailed lost = catchThrowableOfType(SigningFailed.class,
        () -> signature.send(SigningTestData.contract("deal-42/contract-v1")));
    assertThat(lost.httpStatus()).isNull();
    // one POST only: the JDK's HttpURLConnection did not quietly repeat it (see KnownLengthBodies)
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(1);
    assertThat(envelopes.byKey("deal-42/contract-v1").orElseThrow().envelopeId()).isNull();

    clock.advance(Duration.ofMinutes(1));
    Envelope retried = signature.send(SigningTestData.contract("deal-42/contract-v1"));

    assertThat(retried).isEqualTo(new Envelope(ENVELOPE_ID, "docusign", EnvelopeStatus.SENT));
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(1);
    LoggedRequest search = docuSign.findAll(getRequestedFor(urlPathEqualTo(ENVELOPES))).get(0);
    assertThat(search.queryParameter("custom_field").firstValue()).isEqualTo("bbIdempotencyKey=deal-42/contract-v1");
    assertThat(Instant.parse(search.queryParameter("from_date").firstValue()))
        .isBefore(Instant.parse("2026-11-21T10:00:00Z"));
    assertThat(envelopes.byKey("deal-42/contract-v1").orElseThrow().envelopeId()).isEqualTo(ENVELOPE_ID);

    signature.send(SigningTestData.contract("deal-42/contract-v1"));
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(1);
    assertThat(docuSign.findAll(getRequestedFor(urlPathEqualTo(ENVELOPES)))).hasSize(1);
  }

  /** DocuSign refused the first call: nothing exists there, so the retry (after the search) does create it. */
  @Test
  void aRefusedSendingIsSentOnRetry() {
    docuSign.stubFor(post(ENVELOPES).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withBody("Service Unavailable"))
        .willSetStateTo("up again"));
    docuSign.stubFor(post(ENVELOPES).inScenario("busy").whenScenarioStateIs("up again").willReturn(created()));
    docuSign.stubFor(get(urlPathEqualTo(ENVELOPES))
        .withQueryParam("custom_field", equalTo("bbIdempotencyKey=deal-42/contract-v1"))
        .willReturn(okJson("{\"resultSetSize\":\"0\",\"totalSetSize\":\"0\"}")));

    SigningFailed busy = catchThrowableOfType(SigningFailed.class,
        () -> signature.send(SigningTestData.contract("deal-42/contract-v1")));
    assertThat(busy.httpStatus()).isEqualTo(503);
    assertThat(busy.getMessage()).contains("DocuSign could not create the envelope: 503");

    clock.advance(Duration.ofMinutes(1)); // the engine's retry back-off
    Envelope retried = signature.send(SigningTestData.contract("deal-42/contract-v1"));

    assertThat(retried.envelopeId()).isEqualTo(ENVELOPE_ID);
    assertThat(docuSign.findAll(getRequestedFor(urlPathEqualTo(ENVELOPES)))).hasSize(1);
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(2);
  }

  /** The first attempt may still be waiting for DocuSign: a retry now must neither search nor create. */
  @Test
  void aRetryWhileTheFirstAttemptMayStillRunFailsWithoutCallingDocuSign() {
    docuSign.stubFor(post(ENVELOPES).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    catchThrowableOfType(SigningFailed.class, () -> signature.send(SigningTestData.contract("deal-42/contract-v1")));

    clock.advance(Duration.ofSeconds(5));
    SigningFailed tooEarly = catchThrowableOfType(SigningFailed.class,
        () -> signature.send(SigningTestData.contract("deal-42/contract-v1")));

    assertThat(tooEarly.getMessage()).startsWith("An earlier attempt to send deal-42/contract-v1 started at "
        + "2026-11-21T10:00:00Z and may still be running; try again after 2026-11-21T10:00:38Z");
    assertThat(docuSign.findAll(postRequestedFor(urlEqualTo(ENVELOPES)))).hasSize(1);
    assertThat(docuSign.findAll(getRequestedFor(urlPathEqualTo(ENVELOPES)))).isEmpty();
  }

  /** A 400 creates nothing at DocuSign: the corrected retry sends without searching first. */
  @Test
  void aRejectedRequestIsForgottenAndTheRetryCreatesWithoutSearching() {
    docuSign.stubFor(post(ENVELOPES).inScenario("invalid").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"errorCode\":\"INVALID_EMAIL_ADDRESS_FOR_RECIPIENT\","
                + "\"message\":\"The email address for the recipient is invalid.\"}"))
        .willSetStateTo("fixed"));
    docuSign.stubFor(post(ENVELOPES).inScenario("invalid").whenScenarioStateIs("fixed").willReturn(created()));

    SigningFailed invalid = catchThrowableOfType(SigningFailed.class,
        () -> signature.send(SigningTestData.contract("deal-42/contract-v1")));
    assertThat(invalid.httpStatus()).isEqualTo(400);
    assertThat(invalid.getMessage()).contains("INVALID_EMAIL_ADDRESS_FOR_RECIPIENT");
    assertThat(envelopes.byKey("deal-42/contract-v1")).isEmpty();

    assertThat(signature.send(SigningTestData.contract("deal-42/contract-v1")).envelopeId()).isEqualTo(ENVELOPE_ID);
    assertThat(docuSign.findAll(getRequestedFor(urlPathEqualTo(ENVELOPES)))).isEmpty();
  }

  @Test
  void aRefusedJwtGrantNamesDocuSignsError() {
    docuSign.stubFor(post(TOKEN).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"consent_required\"}")));

    SigningFailed refused = catchThrowableOfType(SigningFailed.class, () -> signature.status(ENVELOPE_ID));

    assertThat(refused.getMessage()).isEqualTo("DocuSign refused the JWT grant with 400: consent_required");
    assertThat(docuSign.findAll(getRequestedFor(urlPathEqualTo(ENVELOPES + "/" + ENVELOPE_ID)))).isEmpty();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"envelopeId\":\"" + ENVELOPE_ID + "\",\"status\":\"sent\","
            + "\"statusDateTime\":\"2026-11-21T10:00:01.0000000Z\",\"uri\":\"/envelopes/" + ENVELOPE_ID + "\"}");
  }

  private static Map<String, String> form(String body) {
    return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
            pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }
}
