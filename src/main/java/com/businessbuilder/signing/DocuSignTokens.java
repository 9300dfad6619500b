package com.businessbuilder.signing;

import com.docusign.esign.client.auth.JWTUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Access tokens by the OAuth JWT grant: a JWT signed with the app's RSA key, posted to {@code /oauth/token}. A
 * token is reused until less than {@code bb.signing.token-refresh-margin} of its life remains.
 *
 * <p>Not the SDK's {@code requestJWTUserToken}: that one builds its certificate-trusting HTTP client and always
 * speaks {@code https://}.
 */
class DocuSignTokens {

  static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  static final String SCOPES = "signature impersonation";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SigningProperties properties;
  private final Client http;
  private final Clock clock;
  private String token;
  private Instant expiresAt = Instant.MIN;

  DocuSignTokens(SigningProperties properties, Client http, Clock clock) {
    this.properties = properties;
    this.http = http;
    this.clock = clock;
  }

  /** A valid access token, requested only when there is none or the cached one is about to expire. */
  synchronized String token() {
    Instant now = clock.instant();
    if (token == null || !now.isBefore(expiresAt.minus(properties.tokenRefreshMargin()))) {
      request(now);
    }
    return token;
  }

  /** Forgets the cached token, e.g. after DocuSign answered 401. */
  synchronized void invalidate() {
    token = null;
    expiresAt = Instant.MIN;
  }

  private void request(Instant now) {
    Form form = new Form().param("grant_type", JWT_BEARER).param("assertion", assertion());
    String body;
    int status;
    try (Response response = http.target(properties.oauthUrl()).path("oauth/token")
        .request(MediaType.APPLICATION_JSON_TYPE).post(Entity.form(form))) {
      status = response.getStatus();
      body = response.hasEntity() ? response.readEntity(String.class) : "";
    } catch (ProcessingException e) {
      throw new SigningFailed("DocuSign's OAuth server did not answer at " + properties.oauthUrl()
          + " (bb.signing.oauth-base-path): " + e.getMessage(), null, e);
    }
    if (status != 200) {
      // e.g. {"error":"consent_required"}: the user has not granted the app consent yet (docs/integrations.md)
      throw new SigningFailed("DocuSign refused the JWT grant with " + status + ": " + errorOf(body), status, null);
    }
    try {
      JsonNode json = JSON.readTree(body);
      String accessToken = json.path("access_token").asText(null);
      long expiresIn = json.path("expires_in").asLong(properties.tokenLifetime().toSeconds());
      if (accessToken == null || accessToken.isBlank()) {
        throw new SigningFailed("DocuSign's token answer has no access_token", status, null);
      }
      token = accessToken;
      expiresAt = now.plus(Duration.ofSeconds(expiresIn));
    } catch (IOException e) {
      throw new SigningFailed("DocuSign's token answer is not JSON", status, e);
    }
  }

  private String assertion() {
    try {
      return JWTUtils.generateJWTAssertionFromByteArray(properties.privateKey().getBytes(StandardCharsets.US_ASCII),
          properties.oauthAudience(), properties.integrationKey(), properties.userId(),
          properties.tokenLifetime().toSeconds(), SCOPES);
    } catch (IOException | RuntimeException e) {
      throw new SigningFailed("The JWT for DocuSign could not be signed: is bb.signing.private-key"
          + " (BB_DOCUSIGN_PRIVATE_KEY) the app's RSA private key in PEM?", null, e);
    }
  }

  private static String errorOf(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      if (json.hasNonNull("error")) {
        return json.path("error").asText() + (json.hasNonNull("error_description")
            ? " (" + json.path("error_description").asText() + ")" : "");
      }
    } catch (IOException ignored) {
      // not JSON: show its start
    }
    return body.length() > 200 ? body.substring(0, 200) + "..." : body;
  }
}
