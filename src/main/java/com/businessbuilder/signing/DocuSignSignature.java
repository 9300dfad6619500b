package com.businessbuilder.signing;

import com.businessbuilder.signing.SignatureEnvelopes.SentEnvelope;
import com.docusign.esign.api.EnvelopesApi;
import com.docusign.esign.client.ApiClient;
import com.docusign.esign.client.ApiException;
import com.docusign.esign.model.CustomFields;
import com.docusign.esign.model.DateSigned;
import com.docusign.esign.model.Document;
import com.docusign.esign.model.EnvelopeDefinition;
import com.docusign.esign.model.EnvelopeSummary;
import com.docusign.esign.model.EnvelopesInformation;
import com.docusign.esign.model.Recipients;
import com.docusign.esign.model.SignHere;
import com.docusign.esign.model.Signer;
import com.docusign.esign.model.Tabs;
import com.docusign.esign.model.TextCustomField;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DocuSign eSignature through {@code docusign-esign-java}: JWT grant, one envelope per contract with the signature
 * and date placed on the anchors {@code /sig1/} and {@code /date1/} of the PDF.
 *
 * <p>Nothing twice. The sending is recorded (without envelope id) before DocuSign is called, and the envelope
 * carries the idempotency key as the hidden text custom field {@value #KEY_FIELD}. A retry that finds the record
 * without envelope id does not know whether DocuSign processed the first call (its answer may have been lost), so it
 * first searches DocuSign's envelopes for that custom field since the recorded time, and creates an envelope only
 * when there is none. A retry while the earlier attempt may still be waiting for its answer (within both timeouts
 * plus {@link #IN_FLIGHT_MARGIN}) fails without calling DocuSign; a 4xx answer (nothing created) clears the record.
 */
class DocuSignSignature implements ESignature {

  static final String ID = "docusign";
  static final String KEY_FIELD = "bbIdempotencyKey";
  static final String DEAL_FIELD = "bbDealId";
  static final String SIGNATURE_ANCHOR = "/sig1/";
  static final String DATE_ANCHOR = "/date1/";
  /** How far before the recorded time the search for a lost sending starts (clock skew between us and DocuSign). */
  static final Duration SEARCH_SLACK = Duration.ofHours(1);
  /** Added to the timeouts before a retry may conclude that an unconfirmed attempt is over. */
  static final Duration IN_FLIGHT_MARGIN = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(DocuSignSignature.class);

  private final SigningProperties properties;
  private final SignatureEnvelopes envelopes;
  private final Clock clock;
  private final ApiClient api;
  private final DocuSignTokens tokens;
  private final EnvelopesApi envelopesApi;

  DocuSignSignature(SigningProperties properties, SignatureEnvelopes envelopes, Clock clock) {
    this.properties = properties;
    this.envelopes = envelopes;
    this.clock = clock;
    this.api = DocuSignHttp.apiClient(properties);
    this.tokens = new DocuSignTokens(properties, api.getHttpClient(), clock);
    this.envelopesApi = new EnvelopesApi(api);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Envelope send(SignatureRequest request) {
    String key = request.idempotencyKey();
    Instant now = clock.instant();
    if (!envelopes.begin(key, request.dealId(), ID, null, EnvelopeStatus.SENT, now)) {
      SentEnvelope earlier = envelopes.byKey(key).orElseThrow();
      if (earlier.envelopeId() != null) {
        return earlier.envelope();
      }
      Instant settled = earlier.updatedAt().plus(inFlightWindow());
      if (now.isBefore(settled)) {
        // the earlier attempt may still be waiting for DocuSign's answer: searching now could miss its envelope
        throw new SigningFailed("An earlier attempt to send " + key + " started at " + earlier.updatedAt()
            + " and may still be running; try again after " + settled, null, null);
      }
      Optional<String> lost = sentEarlier(key, earlier.createdAt());
      if (lost.isPresent()) {
        log.info("Envelope {} for {} was created by an earlier attempt whose answer was lost", lost.get(), key);
        envelopes.sent(key, lost.get(), EnvelopeStatus.SENT, clock.instant());
        return new Envelope(lost.get(), ID, EnvelopeStatus.SENT);
      }
      envelopes.attempt(key, clock.instant());
    }
    EnvelopeSummary summary;
    try {
      summary = call("create the envelope", () -> envelopesApi.createEnvelope(properties.accountId(),
          definition(request)));
    } catch (SigningFailed e) {
      if (e.httpStatus() != null && e.httpStatus() >= 400 && e.httpStatus() < 500) {
        envelopes.forget(key); // a 4xx creates nothing: the next attempt need not search
      }
      throw e;
    }
    EnvelopeStatus status = statusOf(summary.getStatus()).orElse(EnvelopeStatus.SENT);
    envelopes.sent(key, summary.getEnvelopeId(), status, clock.instant());
    log.info("Sent envelope {} for deal {}", summary.getEnvelopeId(), request.dealId());
    return new Envelope(summary.getEnvelopeId(), ID, status);
  }

  /** How long an attempt may still be waiting for DocuSign: both timeouts, the token request's too, and a margin. */
  private Duration inFlightWindow() {
    return properties.connectTimeout().plus(properties.readTimeout()).multipliedBy(2).plus(IN_FLIGHT_MARGIN);
  }

  @Override
  public Optional<EnvelopeStatus> status(String envelopeId) {
    com.docusign.esign.model.Envelope envelope = call("read envelope " + envelopeId,
        () -> envelopesApi.getEnvelope(properties.accountId(), envelopeId));
    Optional<EnvelopeStatus> status = statusOf(envelope.getStatus());
    if (status.isEmpty()) {
      log.warn("Ignored DocuSign status '{}' of envelope {}: not a status this application knows",
          envelope.getStatus(), envelopeId);
    }
    return status;
  }

  /**
   * DocuSign's envelope status names; {@code created} (a draft of ours) counts as sent. Empty for a name DocuSign
   * may add one day: it is reported and ignored, never taken for another status.
   */
  static Optional<EnvelopeStatus> statusOf(String status) {
    return Optional.ofNullable(switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
      case "created", "sent" -> EnvelopeStatus.SENT;
      case "delivered", "signed" -> EnvelopeStatus.DELIVERED;
      case "completed" -> EnvelopeStatus.COMPLETED;
      case "declined" -> EnvelopeStatus.DECLINED;
      case "voided" -> EnvelopeStatus.VOIDED;
      default -> null;
    });
  }

  /** The envelope an earlier attempt created with this key, if DocuSign has one. */
  private Optional<String> sentEarlier(String key, Instant recordedAt) {
    EnvelopesApi.ListStatusChangesOptions search = envelopesApi.new ListStatusChangesOptions();
    search.setFromDate(recordedAt.minus(SEARCH_SLACK).toString());
    search.setCustomField(KEY_FIELD + "=" + key);
    search.setInclude("custom_fields");
    EnvelopesInformation found = call("search for an envelope sent earlier",
        () -> envelopesApi.listStatusChanges(properties.accountId(), search));
    if (found == null || found.getEnvelopes() == null) {
      return Optional.empty();
    }
    return found.getEnvelopes().stream()
        .filter(envelope -> carriesKey(envelope, key))
        .map(com.docusign.esign.model.Envelope::getEnvelopeId)
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** The search filters by the custom field already; when the fields came along, check the value exactly. */
  private static boolean carriesKey(com.docusign.esign.model.Envelope envelope, String key) {
    CustomFields fields = envelope.getCustomFields();
    if (fields == null || fields.getTextCustomFields() == null || fields.getTextCustomFields().isEmpty()) {
      return true;
    }
    return fields.getTextCustomFields().stream()
        .anyMatch(field -> KEY_FIELD.equals(field.getName()) && key.equals(field.getValue()));
  }

  static EnvelopeDefinition definition(SignatureRequest request) {
    Document contract = new Document()
        .documentId("1")
        .name(request.documentName())
        .fileExtension("pdf")
        .documentBase64(Base64.getEncoder().encodeToString(request.pdf()));
    SignHere signHere = new SignHere()
        .anchorString(SIGNATURE_ANCHOR).anchorUnits("pixels").anchorXOffset("0").anchorYOffset("0")
        .anchorIgnoreIfNotPresent("false");
    DateSigned dateSigned = new DateSigned()
        .anchorString(DATE_ANCHOR).anchorUnits("pixels").anchorXOffset("0").anchorYOffset("0")
        .anchorIgnoreIfNotPresent("false");
    Signer signer = new Signer()
        .recipientId("1")
        .routingOrder("1")
        .name(request.signerName())
        .email(request.signerEmail())
        .tabs(new Tabs().signHereTabs(List.of(signHere)).dateSignedTabs(List.of(dateSigned)));
    return new EnvelopeDefinition()
        .emailSubject(request.emailSubject())
        .documents(List.of(contract))
        .recipients(new Recipients().signers(List.of(signer)))
        .customFields(new CustomFields().textCustomFields(List.of(
            hiddenField(KEY_FIELD, request.idempotencyKey()), hiddenField(DEAL_FIELD, request.dealId()))))
        .status("sent");
  }

  private static TextCustomField hiddenField(String name, String value) {
    return new TextCustomField().name(name).value(value).show("false").required("false");
  }

  /** One call with a valid token; a 401 (token revoked or expired early) gets one more try with a new token. */
  private <T> T call(String what, DocuSignCall<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        api.setAccessToken(tokens.token(), properties.tokenLifetime().toSeconds());
        return call.run();
      } catch (ApiException e) {
        if (e.getCode() == 401 && attempt == 1) {
          tokens.invalidate();
          continue;
        }
        Integer status = e.getCode() == 0 ? null : e.getCode();
        throw new SigningFailed("DocuSign could not " + what + ": " + (status == null ? "" : status + " ")
            + describe(e), status, e);
      } catch (ProcessingException e) {
        throw new SigningFailed("DocuSign did not answer to " + what + " at " + properties.basePath()
            + " (bb.signing.base-path): " + e.getMessage(), null, e);
      }
    }
  }

  private static String describe(ApiException e) {
    String body = e.getResponseBody();
    if (body == null || body.isBlank()) {
      return String.valueOf(e.getMessage());
    }
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  @FunctionalInterface
  private interface DocuSignCall<T> {
    T run() throws ApiException;
  }
}
