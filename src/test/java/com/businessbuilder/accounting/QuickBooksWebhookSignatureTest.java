package com.businessbuilder.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickBooksWebhookSignatureTest {

  // base64(HMAC-SHA256("verifier", body)), computed independently with openssl
  static final String BODY = "{\"eventNotifications\":[]}";

  @Test
  void theSignatureIsTheBase64HmacOfTheRawBody() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    String expected = java.util.Base64.getEncoder().encodeToString(QuickBooksWebhookController.hmac("verifier", body));

    assertThat(expected).isEqualTo(OPENSSL);
    assertThat(QuickBooksWebhookController.verified("verifier", body, OPENSSL)).isTrue();
    assertThat(QuickBooksWebhookController.verified("other", body, OPENSSL)).isFalse();
    assertThat(QuickBooksWebhookController.verified(null, body, OPENSSL)).as("no verifier token").isFalse();
    assertThat(QuickBooksWebhookController.verified("verifier", body, null)).isFalse();
  }

  @Test
  void onlyCreatedOrUpdatedPaymentsOfOurCompanyCount() {
    String payload = "{\"eventNotifications\":["
        + "{\"realmId\":\"1\",\"dataChangeEvent\":{\"entities\":[{\"name\":\"Payment\",\"id\":\"5\",\"operation\":\"Create\"},"
        + "{\"name\":\"Payment\",\"id\":\"6\",\"operation\":\"Delete\"},{\"name\":\"Invoice\",\"id\":\"7\",\"operation\":\"Create\"},"
        + "{\"name\":\"Payment\",\"id\":\"5\",\"operation\":\"Update\"}]}},"
        + "{\"realmId\":\"2\",\"dataChangeEvent\":{\"entities\":[{\"name\":\"Payment\",\"id\":\"8\",\"operation\":\"Create\"}]}}]}";

    assertThat(QuickBooksWebhookController.paymentIds(payload.getBytes(StandardCharsets.UTF_8), "1"))
        .containsExactly("5");
  }

  @Test
  void withTheOfflineLedgerASignedPaymentIsAcknowledgedAndNothingPublished() {
    AccountingProperties offline = new AccountingProperties(null, null, null, null, null, null, null, null, "verifier",
        null, null, null, 2);
    LedgerRepository ledger = org.mockito.Mockito.mock(LedgerRepository.class);
    org.springframework.context.ApplicationEventPublisher events =
        org.mockito.Mockito.mock(org.springframework.context.ApplicationEventPublisher.class);
    var webhook = new QuickBooksWebhookController(offline, org.mockito.Mockito.mock(OfflineLedger.class), ledger,
        events);
    byte[] body = ("{\"eventNotifications\":[{\"realmId\":\"1\",\"dataChangeEvent\":{\"entities\":["
        + "{\"name\":\"Payment\",\"id\":\"5\",\"operation\":\"Create\"}]}}]}").getBytes(StandardCharsets.UTF_8);
    String signature = java.util.Base64.getEncoder().encodeToString(QuickBooksWebhookController.hmac("verifier", body));

    assertThat(webhook.notified(signature, body).getStatusCode().value()).isEqualTo(200);
    org.mockito.Mockito.verifyNoInteractions(events, ledger);
  }

  static final String OPENSSL = "bMlzRCQm2LZWdYu47/x0QKWgW3o3rEKU8Shp+xkpYaE=";
}
