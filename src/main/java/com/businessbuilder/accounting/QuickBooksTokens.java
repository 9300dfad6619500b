package com.businessbuilder.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * OAuth 2 access tokens for QuickBooks Online: the refresh-token grant against Intuit's token endpoint, with the
 * client id and secret as HTTP Basic credentials. The access token is kept until a minute before it expires, or until
 * QuickBooks refuses it. Intuit may hand out a new refresh token with each refresh; the newest one is used from then
 * on and kept in the {@link QuickBooksTokenStore}, so a restart continues with it.
 */
class QuickBooksTokens {

  private static final Duration EARLY = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI tokenUrl;
  private final String basicCredentials;
  private final Duration timeout;
  private final Clock clock;
  private final HttpClient http;
  private final QuickBooksTokenStore store;
  private final String realmId;
  private final String configuredFingerprint;

  private String refreshToken;
  private boolean storeRead;
  private String accessToken;
  private Instant expiresAt;

  QuickBooksTokens(AccountingProperties properties, QuickBooksTokenStore store, Clock clock) {
    this.store = store;
    this.realmId = properties.realmId();
    this.configuredFingerprint = QuickBooksAccounting.sha256Hex(properties.refreshToken());
    this.tokenUrl = URI.create(properties.tokenUrl());
    this.basicCredentials = Base64.getEncoder().encodeToString(
        (properties.clientId() + ":" + properties.clientSecret()).getBytes(StandardCharsets.UTF_8));
    this.timeout = properties.timeout();
    this.clock = clock;
    this.refreshToken = properties.refreshToken();
    this.accessToken = properties.accessToken();
    // a configured access token is tried until QuickBooks refuses it
    this.expiresAt = accessToken == null ? Instant.MIN : Instant.MAX;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
  }

  /** A token that is valid for at least another minute. */
  synchronized String accessToken() {
    if (accessToken == null || !clock.instant().plus(EARLY).isBefore(expiresAt)) {
      refresh();
    }
    return accessToken;
  }

  /** QuickBooks refused this token: the next {@link #accessToken()} refreshes (unless another call already did). */
  synchronized void refused(String token) {
    if (token != null && token.equals(accessToken)) {
      accessToken = null;
    }
  }

  private void refresh() {
    if (!storeRead) {
      refreshToken = store.newest(realmId, configuredFingerprint).orElse(refreshToken);
      storeRead = true;
    }
    String form = "grant_type=refresh_token&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(tokenUrl)
        .timeout(timeout)
        .header("Authorization", "Basic " + basicCredentials)
        .header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new AccountingCallFailed("Intuit's token endpoint did not answer within " + timeout
          + " (bb.accounting.timeout)", true, null, null);
    } catch (IOException e) {
      throw new AccountingCallFailed("Intuit's token endpoint is not reachable at " + tokenUrl
          + " (bb.accounting.token-url): " + e.getClass().getSimpleName(), true, null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccountingCallFailed("Interrupted while refreshing the QuickBooks token", true, null, null);
    }
    int status = response.statusCode();
    if (status != 200) {
      // 400 invalid_grant: the refresh token is revoked or expired; a person must reconnect the app
      boolean retryable = status >= 500 || status == 429;
      throw new AccountingCallFailed("Intuit's token endpoint answered " + status + " " + errorOf(response.body())
          + (status == 400 || status == 401 ? " (check bb.accounting.client-id, client-secret and refresh-token)" : ""),
          retryable, status, null);
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      String token = body.path("access_token").asText(null);
      if (token == null) {
        throw new AccountingCallFailed("Intuit's token endpoint answered without an access_token", false, 200, null);
      }
      accessToken = token;
      expiresAt = clock.instant().plusSeconds(body.path("expires_in").asLong(3600));
      String rotated = body.path("refresh_token").asText(null);
      if (rotated != null && !rotated.isBlank() && !rotated.equals(refreshToken)) {
        refreshToken = rotated;
        store.save(realmId, configuredFingerprint, rotated);
      }
    } catch (IOException e) {
      throw new AccountingCallFailed("Intuit's token endpoint answered with something that is not JSON", false, 200,
          null);
    }
  }

  private static String errorOf(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json.path("error").asText("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
