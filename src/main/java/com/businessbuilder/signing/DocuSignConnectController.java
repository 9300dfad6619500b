package com.businessbuilder.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * DocuSign Connect's webhook. Open without HTTP Basic (DocuSign cannot send our credentials) and trusted only by
 * its HMAC signature over the raw body. See docs/integrations.md, "DocuSign".
 *
 * <p>Message format: Connect's JSON ("JSON (SIM)", REST v2.1): {@code {"event": "envelope-completed", "data":
 * {"envelopeId": ..., "envelopeSummary": {"status": "completed", ...}}}}. Also accepted: a flat
 * {@code {"envelopeId", "status"}} and {@code {"envelopeStatus": {"envelopeId", "status"}}}. XML (legacy Connect)
 * is not: it is answered 400.
 *
 * <p>Answers: 401 problem for a missing or wrong signature (nothing happens); 400 for a body that names no envelope;
 * otherwise 200, also for a replay and for an envelope not sent from here (Connect is configured per account and
 * repeats anything not answered 200, so an envelope of someone else's would be repeated for days).
 */
@RestController
class DocuSignConnectController {

  static final String PATH = "/api/webhooks/docusign";

  private static final Logger log = LoggerFactory.getLogger(DocuSignConnectController.class);

  private final DocuSignConnectVerifier verifier;
  private final SignatureEvents events;
  private final ObjectMapper json;

  DocuSignConnectController(DocuSignConnectVerifier verifier, SignatureEvents events, ObjectMapper json) {
    this.verifier = verifier;
    this.events = events;
    this.json = json;
  }

  @PostMapping(path = PATH)
  ResponseEntity<?> receive(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
    if (!verifier.genuine(body, signatures(request))) {
      log.warn("Refused a DocuSign Connect message without a valid signature{}",
          verifier.configured() ? "" : " (bb.signing.connect-hmac-key is not set)");
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
          "The message is not signed with the Connect HMAC key (X-DocuSign-Signature-1)");
      problem.setTitle("Invalid signature");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
    ConnectMessage message = parse(body);
    if (message != null && message.status() == null) {
      log.warn("Ignored DocuSign Connect status '{}' of envelope {}: not a status this application knows",
          message.statusName(), message.envelopeId());
      return ResponseEntity.ok(Map.of("envelopeId", message.envelopeId(), "status", message.statusName(),
          "outcome", "IGNORED_UNKNOWN_STATUS"));
    }
    if (message == null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "Expected a Connect JSON message with data.envelopeId and a status");
      problem.setTitle("Unreadable message");
      return ResponseEntity.badRequest().body(problem);
    }
    SignatureEvents.Outcome outcome = events.statusChanged(message.envelopeId(), message.status(),
        message.reason(), "connect");
    return ResponseEntity.ok(Map.of("envelopeId", message.envelopeId(), "status", message.status().name(),
        "outcome", outcome.name()));
  }

  private static List<String> signatures(HttpServletRequest request) {
    List<String> signatures = new ArrayList<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      if (name.toLowerCase(Locale.ROOT).startsWith(DocuSignConnectVerifier.HEADER_PREFIX.toLowerCase(Locale.ROOT))) {
        signatures.addAll(Collections.list(request.getHeaders(name)));
      }
    }
    return signatures;
  }

  /** The envelope id and status of a Connect message, or null when it names neither. */
  ConnectMessage parse(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode data = root.path("data");
    JsonNode summary = data.path("envelopeSummary");
    JsonNode legacy = root.has("envelopeStatus") ? root.path("envelopeStatus") : root;
    String envelopeId = firstText(data.path("envelopeId"), summary.path("envelopeId"), legacy.path("envelopeId"));
    String status = firstText(summary.path("status"), legacy.path("status"), eventStatus(root.path("event")));
    if (envelopeId == null || status == null) {
      return null;
    }
    String reason = firstText(summary.path("voidedReason"), legacy.path("voidedReason"),
        declinedReason(summary.path("recipients")), declinedReason(legacy.path("recipients")));
    return new ConnectMessage(envelopeId, DocuSignSignature.statusOf(status).orElse(null), status, reason);
  }

  /** {@code envelope-completed} → {@code completed}; recipient events carry no envelope status. */
  private static JsonNode eventStatus(JsonNode event) {
    String name = event.asText("");
    return name.startsWith("envelope-") ? TextNode.valueOf(name.substring("envelope-".length()))
        : MissingNode.getInstance();
  }

  private static JsonNode declinedReason(JsonNode recipients) {
    for (JsonNode signer : recipients.path("signers")) {
      if (signer.hasNonNull("declinedReason")) {
        return signer.path("declinedReason");
      }
    }
    return MissingNode.getInstance();
  }

  private static String firstText(JsonNode... candidates) {
    for (JsonNode candidate : candidates) {
      if (candidate != null && candidate.isValueNode() && !candidate.asText().isBlank()) {
        return candidate.asText();
      }
    }
    return null;
  }

  /** @param status what the status name means here, null for a name this application does not know */
  record ConnectMessage(String envelopeId, EnvelopeStatus status, String statusName, String reason) {}
}
