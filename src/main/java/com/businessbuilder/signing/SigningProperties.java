package com.businessbuilder.signing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which e-signature service sends contracts, and how ({@code bb.signing.*}). Checked when the application starts:
 * a configuration that cannot work stops the start with a message that names the property to fix.
 *
 * @param provider {@code offline} (default: the CEO records the countersigned contract in Tasklist) or
 *     {@code docusign}
 * @param basePath the eSignature REST API, e.g. {@code https://demo.docusign.net/restapi} (production: the
 *     account's base URI + {@code /restapi}); plain {@code http://} only for a loopback host (tests)
 * @param oauthBasePath the OAuth host: {@code account-d.docusign.com} (demo) or {@code account.docusign.com}
 *     (production); a full URL ({@code http://127.0.0.1:port}) only for tests
 * @param integrationKey the app's integration key (OAuth client id)
 * @param userId the GUID of the user the app impersonates (JWT {@code sub})
 * @param accountId the API account id envelopes are sent from
 * @param privateKey the app's RSA private key as PEM; only from the environment ({@code BB_DOCUSIGN_PRIVATE_KEY})
 * @param connectHmacKey the Connect HMAC secret the webhook verifies messages with; only from the environment
 *     ({@code BB_DOCUSIGN_CONNECT_KEY})
 * @param tokenLifetime how long a requested access token lives (DocuSign allows at most 1 hour)
 * @param tokenRefreshMargin a cached token is replaced when less than this remains of its life
 * @param pollInterval how often envelopes that are not final are asked for (the fallback for lost webhooks)
 * @param connectTimeout connect timeout of each HTTP request to DocuSign
 * @param readTimeout read timeout of each HTTP request to DocuSign
 */
@ConfigurationProperties("bb.signing")
record SigningProperties(
    @DefaultValue(OfflineSignature.ID) String provider,
    @DefaultValue("https://demo.docusign.net/restapi") String basePath,
    @DefaultValue("account-d.docusign.com") String oauthBasePath,
    String integrationKey,
    String userId,
    String accountId,
    String privateKey,
    String connectHmacKey,
    @DefaultValue("1h") Duration tokenLifetime,
    @DefaultValue("5m") Duration tokenRefreshMargin,
    @DefaultValue("15m") Duration pollInterval,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout) {

  static final List<String> PROVIDERS = List.of(OfflineSignature.ID, DocuSignSignature.ID);

  SigningProperties {
    provider = provider == null || provider.isBlank() ? OfflineSignature.ID : provider.strip().toLowerCase(Locale.ROOT);
    basePath = stripTrailingSlash(blankToNull(basePath));
    oauthBasePath = stripTrailingSlash(blankToNull(oauthBasePath));
    integrationKey = blankToNull(integrationKey);
    userId = blankToNull(userId);
    accountId = blankToNull(accountId);
    privateKey = blankToNull(privateKey);
    connectHmacKey = blankToNull(connectHmacKey);
    tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
    tokenRefreshMargin = tokenRefreshMargin == null ? Duration.ofMinutes(5) : tokenRefreshMargin;
    pollInterval = pollInterval == null ? Duration.ofMinutes(15) : pollInterval;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    check(provider, basePath, oauthBasePath, integrationKey, userId, accountId, privateKey, connectHmacKey,
        tokenLifetime, tokenRefreshMargin, pollInterval, connectTimeout, readTimeout);
  }

  /** Offline defaults: what runs without any configuration. */
  static SigningProperties offline() {
    return new SigningProperties(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  boolean isDocuSign() {
    return DocuSignSignature.ID.equals(provider);
  }

  /** The OAuth server as a URL: {@code https://} unless a loopback test server was given with its scheme. */
  URI oauthUrl() {
    return URI.create(oauthBasePath.contains("://") ? oauthBasePath : "https://" + oauthBasePath);
  }

  /** The JWT audience: the OAuth host (and port) without scheme, e.g. {@code account-d.docusign.com}. */
  String oauthAudience() {
    return oauthUrl().getRawAuthority();
  }

  private static void check(String provider, String basePath, String oauthBasePath, String integrationKey,
      String userId, String accountId, String privateKey, String connectHmacKey, Duration tokenLifetime,
      Duration tokenRefreshMargin, Duration pollInterval, Duration connectTimeout, Duration readTimeout) {
    if (!PROVIDERS.contains(provider)) {
      throw new IllegalArgumentException("bb.signing.provider '" + provider + "' is not known; use one of "
          + String.join(", ", PROVIDERS));
    }
    positive("bb.signing.token-lifetime", tokenLifetime);
    if (tokenLifetime.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("bb.signing.token-lifetime must be 1h or less (DocuSign's JWT limit)");
    }
    if (tokenRefreshMargin.isNegative() || tokenRefreshMargin.compareTo(tokenLifetime) >= 0) {
      throw new IllegalArgumentException("bb.signing.token-refresh-margin must be at least 0 and shorter than"
          + " bb.signing.token-lifetime");
    }
    positive("bb.signing.poll-interval", pollInterval);
    positive("bb.signing.connect-timeout", connectTimeout);
    positive("bb.signing.read-timeout", readTimeout);
    if (!DocuSignSignature.ID.equals(provider)) {
      return;
    }
    required("bb.signing.base-path", basePath, "e.g. https://demo.docusign.net/restapi");
    required("bb.signing.oauth-base-path", oauthBasePath, "account-d.docusign.com (demo) or account.docusign.com");
    required("bb.signing.integration-key", integrationKey, "the integration key of the DocuSign app");
    required("bb.signing.user-id", userId, "the GUID of the user the app acts for");
    required("bb.signing.account-id", accountId, "the API account id");
    required("bb.signing.private-key", privateKey, "set the environment variable BB_DOCUSIGN_PRIVATE_KEY to the"
        + " app's RSA private key (PEM)");
    required("bb.signing.connect-hmac-key", connectHmacKey, "set the environment variable BB_DOCUSIGN_CONNECT_KEY"
        + " to the Connect HMAC key, otherwise no webhook message can be trusted");
    if (!privateKey.contains("-----BEGIN") || !privateKey.contains("PRIVATE KEY-----")) {
      throw new IllegalArgumentException("bb.signing.private-key must be a PEM private key"
          + " (-----BEGIN RSA PRIVATE KEY----- ...); check BB_DOCUSIGN_PRIVATE_KEY");
    }
    secureUrl("bb.signing.base-path", basePath);
    if (oauthBasePath.contains("://")) {
      secureUrl("bb.signing.oauth-base-path", oauthBasePath);
    }
  }

  /** HTTPS, or plain HTTP to this machine only (a local fake in tests); never plain HTTP across a network. */
  private static void secureUrl(String property, String value) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + " '" + value + "' is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost())
        || "[::1]".equals(uri.getHost());
    if (uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme) && loopback)) {
      throw new IllegalArgumentException(property + " '" + value + "' must be an https:// URL"
          + " (plain http:// only to localhost, for tests)");
    }
  }

  private static void required(String property, String value, String hint) {
    if (value == null) {
      throw new IllegalArgumentException(property + " must be set when bb.signing.provider is docusign (" + hint + ")");
    }
  }

  private static void positive(String property, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(property + " must be a positive duration");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String stripTrailingSlash(String value) {
    return value != null && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  /** Never prints the keys, only whether there are any. */
  @Override
  public String toString() {
    return "SigningProperties[provider=" + provider + ", basePath=" + basePath + ", oauthBasePath=" + oauthBasePath
        + ", integrationKey=" + integrationKey + ", userId=" + userId + ", accountId=" + accountId
        + ", privateKey=" + (privateKey == null ? "none" : "(set)") + ", connectHmacKey="
        + (connectHmacKey == null ? "none" : "(set)") + ", tokenLifetime=" + tokenLifetime + ", tokenRefreshMargin="
        + tokenRefreshMargin + ", pollInterval=" + pollInterval + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + "]";
  }
}
