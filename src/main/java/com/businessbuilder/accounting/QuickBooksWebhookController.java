package com.businessbuilder.accounting;

import com.businessbuilder.system.web.CallerMistake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * QuickBooks' webhook: accepted only with a valid {@code intuit-signature} (base64 of the HMAC-SHA256 of the raw body
 * under the app's verifier token). Each new Payment in the notifications is read from QuickBooks and published as
 * {@link PaymentReceived}, once per payment id: a replayed notification publishes nothing.
 */
@RestController
class QuickBooksWebhookController {

  static final String PATH = "/api/webhooks/quickbooks";
  static final String SIGNATURE = "intuit-signature";

  private static final Logger log = LoggerFactory.getLogger(QuickBooksWebhookController.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PAID = Set.of("Create", "Update");

  private final AccountingProperties properties;
  private final Accounting accounting;
  private final LedgerRepository ledger;
  private final ApplicationEventPublisher events;

  QuickBooksWebhookController(AccountingProperties properties, Accounting accounting, LedgerRepository ledger,
      ApplicationEventPublisher events) {
    this.properties = properties;
    this.accounting = accounting;
    this.ledger = ledger;
    this.events = events;
  }

  @PostMapping(PATH)
  ResponseEntity<Void> notified(@RequestHeader(name = SIGNATURE, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    byte[] payload = body == null ? new byte[0] : body;
    if (!verified(properties.webhookVerifierToken(), payload, signature)) {
      throw new CallerMistake(HttpStatus.UNAUTHORIZED, "Invalid signature",
          "The intuit-signature header is missing or does not match the body");
    }
    Set<String> paymentIds = paymentIds(payload, properties.realmId());
    if (paymentIds.isEmpty()) {
      return ResponseEntity.ok().build();
    }
    if (!(accounting instanceof QuickBooksAccounting quickbooks)) {
      log.warn("QuickBooks reported payments {}, but bb.accounting.provider is {}: ignored", paymentIds,
          accounting.id());
      return ResponseEntity.ok().build();
    }
    for (String paymentId : paymentIds) {
      if (ledger.paymentKnown(QuickBooksAccounting.ID, paymentId)) {
        continue;
      }
      // a failure here answers 5xx, and QuickBooks delivers the notification again later
      List<PaymentReceived> received = quickbooks.payment(paymentId);
      PaymentReceived first = received.get(0);
      if (ledger.insertPaymentIfNew(QuickBooksAccounting.ID, paymentId, first.invoiceId(), first.amount())) {
        received.forEach(events::publishEvent);
        log.info("QuickBooks payment {} received: {}", paymentId, received);
      }
    }
    return ResponseEntity.ok().build();
  }

  /** Constant-time comparison of the HMAC-SHA256 (base64) of the raw body under the verifier token. */
  static boolean verified(String verifierToken, byte[] body, String signature) {
    if (verifierToken == null || signature == null || signature.isBlank()) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = Base64.getDecoder().decode(signature.strip());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return MessageDigest.isEqual(hmac(verifierToken, body), claimed);
  }

  static byte[] hmac(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ids of created or updated Payment entities of our company, in the order QuickBooks reported them. */
  static Set<String> paymentIds(byte[] payload, String realmId) {
    JsonNode root;
    try {
      root = JSON.readTree(payload);
    } catch (IOException e) {
      throw new CallerMistake(HttpStatus.BAD_REQUEST, "Malformed request", "The notification is not valid JSON");
    }
    Set<String> ids = new LinkedHashSet<>();
    if (root == null) {
      return ids;
    }
    for (JsonNode notification : root.path("eventNotifications")) {
      if (realmId != null && !realmId.equals(notification.path("realmId").asText(realmId))) {
        continue;
      }
      for (JsonNode entity : notification.path("dataChangeEvent").path("entities")) {
        if ("Payment".equalsIgnoreCase(entity.path("name").asText())
            && PAID.contains(entity.path("operation").asText()) && entity.hasNonNull("id")) {
          ids.add(entity.path("id").asText());
        }
      }
    }
    return ids;
  }
}
