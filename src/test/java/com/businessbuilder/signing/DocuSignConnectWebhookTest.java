package com.businessbuilder.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Connect webhook through HTTP, without credentials: only a message signed with the Connect key has an effect,
 * and only once. The offline adapter (the default) runs in the same context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bb.signing.connect-hmac-key=" + SigningTestData.CONNECT_KEY)
@ActiveProfiles("test")
@Import(DocuSignConnectWebhookTest.Received.class)
class DocuSignConnectWebhookTest {

  @LocalServerPort int port;
  @Autowired SignatureEnvelopes envelopes;
  @Autowired Received received;
  @Autowired ESignature signature;
  @Autowired ObjectMapper json;

  final DocuSignConnectVerifier docuSign = new DocuSignConnectVerifier(SigningTestData.CONNECT_KEY);
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aSignedCompletionIsPublishedOnceAndAReplayChangesNothing() throws Exception {
    String envelopeId = sentEnvelope();
    String message = completed(envelopeId);

    HttpResponse<String> first = post(message, docuSign.signature(bytes(message)));
    HttpResponse<String> replay = post(message, docuSign.signature(bytes(message)));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json.readTree(first.body()).path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(json.readTree(replay.body()).path("outcome").asText()).isEqualTo("REPLAY");
    assertThat(received.of(envelopeId)).containsExactly(new SignatureEvent(envelopeId, EnvelopeStatus.COMPLETED, null));
    assertThat(envelopes.byEnvelopeId(envelopeId).orElseThrow().status()).isEqualTo(EnvelopeStatus.COMPLETED);
  }

  @Test
  void anUnknownStatusIsLoggedAndIgnoredNotTakenForAnother() throws Exception {
    String envelopeId = sentEnvelope();
    envelopes.statusChanged(envelopeId, EnvelopeStatus.DELIVERED, Instant.now());
    String message = completed(envelopeId).replace("envelope-completed", "envelope-timedout")
        .replace("\"status\":\"completed\"", "\"status\":\"timedout\"");

    HttpResponse<String> answer = post(message, docuSign.signature(bytes(message)));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json.readTree(answer.body()).path("outcome").asText()).isEqualTo("IGNORED_UNKNOWN_STATUS");
    assertThat(envelopes.byEnvelopeId(envelopeId).orElseThrow().status()).isEqualTo(EnvelopeStatus.DELIVERED);
    assertThat(received.of(envelopeId)).isEmpty();
  }

  @Test
  void aBodyLargerThanTheLimitIsA413BeforeItIsReadWhole() throws Exception {
    String huge = "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    HttpResponse<String> answer = post(huge, docuSign.signature(bytes(huge)));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void aWrongSignatureIsA401ProblemAndNothingHappens() throws Exception {
    String envelopeId = sentEnvelope();
    String message = completed(envelopeId);
    String signedByOthers = new DocuSignConnectVerifier("another key").signature(bytes(message));

    HttpResponse<String> forged = post(message, signedByOthers);
    HttpResponse<String> tampered = post(message.replace("completed", "declined"), docuSign.signature(bytes(message)));
    HttpResponse<String> unsigned = post(message, null);
    HttpResponse<String> garbage = post(message, "not base64 at all!");

    for (HttpResponse<String> response : List.of(forged, tampered, unsigned, garbage)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(json.readTree(response.body()).path("title").asText()).isEqualTo("Invalid signature");
    }
    assertThat(received.of(envelopeId)).isEmpty();
    assertThat(envelopes.byEnvelopeId(envelopeId).orElseThrow().status()).isEqualTo(EnvelopeStatus.SENT);
  }

  @Test
  void aFailingListenerRollsBackSoThatDocuSignsRetryIsActedOn() throws Exception {
    String envelopeId = sentEnvelope();
    received.failOnce(envelopeId);
    String message = completed(envelopeId);

    HttpResponse<String> failed = post(message, docuSign.signature(bytes(message)));

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(envelopes.byEnvelopeId(envelopeId).orElseThrow().status()).isEqualTo(EnvelopeStatus.SENT);

    HttpResponse<String> retried = post(message, docuSign.signature(bytes(message)));

    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(json.readTree(retried.body()).path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(received.of(envelopeId)).hasSize(1);
  }

  @Test
  void anEnvelopeNotSentFromHereIsAcknowledgedAndIgnored() throws Exception {
    String stranger = UUID.randomUUID().toString();
    String message = completed(stranger);

    HttpResponse<String> response = post(message, docuSign.signature(bytes(message)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).path("outcome").asText()).isEqualTo("UNKNOWN_ENVELOPE");
    assertThat(received.of(stranger)).isEmpty();
  }

  @Test
  void aDeclineInTheFlatFormatCarriesTheReason() throws Exception {
    String envelopeId = sentEnvelope();
    String message = "{\"envelopeStatus\":{\"envelopeId\":\"" + envelopeId + "\",\"status\":\"declined\","
        + "\"recipients\":{\"signers\":[{\"email\":\"ada@acme.example\",\"status\":\"declined\","
        + "\"declinedReason\":\"Price too high\"}]}}}";

    HttpResponse<String> response = post(message, docuSign.signature(bytes(message)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(received.of(envelopeId))
        .containsExactly(new SignatureEvent(envelopeId, EnvelopeStatus.DECLINED, "Price too high"));
  }

  @Test
  void aSignedMessageWithoutEnvelopeIsA400() throws Exception {
    String message = "<DocuSignEnvelopeInformation/>";

    HttpResponse<String> response = post(message, docuSign.signature(bytes(message)));

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void offlineTheCeoRecordsTheCountersignedContractOnce() {
    assertThat(signature).isInstanceOf(OfflineSignature.class);
    String key = "deal-7/contract-" + UUID.randomUUID();

    Envelope envelope = signature.send(SigningTestData.contract(key));
    Envelope again = signature.send(SigningTestData.contract(key));

    assertThat(envelope.envelopeId()).startsWith("offline-");
    assertThat(envelope.status()).isEqualTo(EnvelopeStatus.AWAITING_COUNTERSIGNATURE);
    assertThat(again).isEqualTo(envelope);
    assertThat(signature.status(envelope.envelopeId())).contains(EnvelopeStatus.AWAITING_COUNTERSIGNATURE);

    OfflineSignature offline = (OfflineSignature) signature;
    byte[] pdf = "%PDF-1.4 countersigned".getBytes(StandardCharsets.US_ASCII);
    offline.countersigned(envelope.envelopeId(), "Contract ACME-2026-001 signed.pdf", pdf, "ceo");
    offline.countersigned(envelope.envelopeId(), "Contract ACME-2026-001 signed.pdf", pdf, "ceo");

    assertThat(received.of(envelope.envelopeId())).containsExactly(new SignatureEvent(envelope.envelopeId(),
        EnvelopeStatus.COMPLETED, "countersigned contract recorded by ceo"));
    assertThat(signature.status(envelope.envelopeId())).contains(EnvelopeStatus.COMPLETED);
    assertThat(offline.countersignedContract(envelope.envelopeId())).hasValue(pdf);
  }

  @Test
  void offlineARefusalIsRecordedAsDeclined() {
    Envelope envelope = signature.send(SigningTestData.contract("deal-8/contract-" + UUID.randomUUID()));

    ((OfflineSignature) signature).declined(envelope.envelopeId(), "The client chose another agency");

    assertThat(received.of(envelope.envelopeId())).containsExactly(new SignatureEvent(envelope.envelopeId(),
        EnvelopeStatus.DECLINED, "The client chose another agency"));
  }

  private String sentEnvelope() {
    String envelopeId = UUID.randomUUID().toString();
    envelopes.begin("deal-42/" + envelopeId, "deal-42", DocuSignSignature.ID, envelopeId, EnvelopeStatus.SENT,
        Instant.now());
    return envelopeId;
  }

  /** A Connect message as DocuSign sends it in the JSON (SIM) format of REST v2.1. */
  static String completed(String envelopeId) {
    return """
        {"event":"envelope-completed","apiVersion":"v2.1","uri":"/restapi/v2.1/accounts/%s/envelopes/%s",
         "retryCount":0,"configurationId":10418264,"generatedDateTime":"2026-11-21T10:40:31.7210000Z",
         "data":{"accountId":"%s","userId":"%s","envelopeId":"%s",
           "envelopeSummary":{"status":"completed","emailSubject":"Please sign: ACME-2026-001",
             "completedDateTime":"2026-11-21T10:40:29.4800000Z"}}}
        """.formatted(SigningTestData.ACCOUNT_ID, envelopeId, SigningTestData.ACCOUNT_ID, SigningTestData.USER_ID,
        envelopeId);
  }

  private HttpResponse<String> post(String body, String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + DocuSignConnectController.PATH))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
    if (signature != null) {
      request.header("X-DocuSign-Signature-1", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Records the signature events the deal pipeline would get. */
  @TestConfiguration
  static class Received {

    private final List<SignatureEvent> events = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @EventListener
    void on(SignatureEvent event) {
      if (failing.remove(event.envelopeId())) {
        throw new IllegalStateException("the deal pipeline is down");
      }
      events.add(event);
    }

    void failOnce(String envelopeId) {
      failing.add(envelopeId);
    }

    List<SignatureEvent> of(String envelopeId) {
      return events.stream().filter(event -> event.envelopeId().equals(envelopeId)).toList();
    }
  }
}
