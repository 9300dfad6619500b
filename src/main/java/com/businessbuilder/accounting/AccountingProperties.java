package com.businessbuilder.accounting;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which accounting system invoices go to, and how ({@code bb.accounting.*}). Checked when the application starts: a
 * configuration that cannot work stops the start with a message that names the property to fix.
 *
 * @param provider {@code offline} (default: a ledger in the application's tables) or {@code quickbooks}
 * @param baseUrl the QuickBooks Online API host: sandbox {@code https://sandbox-quickbooks.api.intuit.com}, production
 *     {@code https://quickbooks.api.intuit.com}
 * @param realmId the QuickBooks company id (realm id)
 * @param clientId the OAuth app's client id
 * @param clientSecret the OAuth app's client secret; only from the environment
 * @param refreshToken the OAuth refresh token of the connected company; only from the environment
 * @param accessToken an access token to start with (optional; refreshed when it expires or is refused)
 * @param tokenUrl Intuit's OAuth 2 token endpoint
 * @param webhookVerifierToken the verifier token of the app's webhook; only from the environment
 * @param itemId the QuickBooks product/service every invoice line is booked on ({@code 1} = "Services" in a sandbox)
 * @param invoicePrefix the offline ledger's invoice number prefix: {@code <prefix>-<year>-0001}
 * @param timeout how long one HTTP request to QuickBooks may take
 * @param maxRetries how often a 5xx, a 429 or a timeout is repeated (with the same request id)
 */
@ConfigurationProperties("bb.accounting")
public record AccountingProperties(
    @DefaultValue(OfflineLedger.ID) String provider,
    @DefaultValue(AccountingProperties.SANDBOX) String baseUrl,
    String realmId,
    String clientId,
    String clientSecret,
    String refreshToken,
    String accessToken,
    @DefaultValue(AccountingProperties.TOKEN_URL) String tokenUrl,
    String webhookVerifierToken,
    @DefaultValue("1") String itemId,
    @DefaultValue("INV") String invoicePrefix,
    @DefaultValue("30s") Duration timeout,
    @DefaultValue("2") int maxRetries) {

  static final String SANDBOX = "https://sandbox-quickbooks.api.intuit.com";
  static final String TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer";
  static final List<String> PROVIDERS = List.of(OfflineLedger.ID, QuickBooksAccounting.ID);

  public AccountingProperties {
    provider = provider == null || provider.isBlank() ? OfflineLedger.ID : provider.strip().toLowerCase(Locale.ROOT);
    baseUrl = baseUrl == null ? SANDBOX : stripSlash(blankToNull(baseUrl));
    realmId = blankToNull(realmId);
    clientId = blankToNull(clientId);
    clientSecret = blankToNull(clientSecret);
    refreshToken = blankToNull(refreshToken);
    accessToken = blankToNull(accessToken);
    tokenUrl = tokenUrl == null ? TOKEN_URL : blankToNull(tokenUrl);
    webhookVerifierToken = blankToNull(webhookVerifierToken);
    itemId = itemId == null || itemId.isBlank() ? "1" : itemId.strip();
    invoicePrefix = invoicePrefix == null || invoicePrefix.isBlank() ? "INV" : invoicePrefix.strip();
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    check(provider, baseUrl, realmId, clientId, clientSecret, refreshToken, tokenUrl, invoicePrefix, timeout,
        maxRetries);
  }

  boolean quickbooks() {
    return QuickBooksAccounting.ID.equals(provider);
  }

  private static void check(String provider, String baseUrl, String realmId, String clientId, String clientSecret,
      String refreshToken, String tokenUrl, String invoicePrefix, Duration timeout, int maxRetries) {
    if (!PROVIDERS.contains(provider)) {
      throw new IllegalArgumentException("bb.accounting.provider '" + provider + "' is not known; use one of "
          + String.join(", ", PROVIDERS));
    }
    if (!invoicePrefix.matches("[A-Za-z0-9]{1,16}")) {
      throw new IllegalArgumentException("bb.accounting.invoice-prefix must be 1 to 16 letters or digits, e.g. INV");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("bb.accounting.timeout must be a positive duration, e.g. 30s");
    }
    if (maxRetries < 0 || maxRetries > 10) {
      throw new IllegalArgumentException("bb.accounting.max-retries must be between 0 and 10");
    }
    if (!QuickBooksAccounting.ID.equals(provider)) {
      return;
    }
    requireUrl("bb.accounting.base-url", baseUrl);
    requireUrl("bb.accounting.token-url", tokenUrl);
    require("bb.accounting.realm-id", realmId, "the QuickBooks company id, BB_ACCOUNTING_REALM_ID");
    require("bb.accounting.client-id", clientId, "the OAuth app's client id, BB_ACCOUNTING_CLIENT_ID");
    require("bb.accounting.client-secret", clientSecret, "set the environment variable BB_ACCOUNTING_CLIENT_SECRET");
    require("bb.accounting.refresh-token", refreshToken, "set the environment variable BB_ACCOUNTING_REFRESH_TOKEN");
  }

  private static void require(String property, String value, String hint) {
    if (value == null) {
      throw new IllegalArgumentException(property + " must be set when bb.accounting.provider is quickbooks ("
          + hint + ")");
    }
  }

  private static void requireUrl(String property, String value) {
    if (value == null) {
      throw new IllegalArgumentException(property + " must be set when bb.accounting.provider is quickbooks");
    }
    try {
      URI uri = URI.create(value);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new IllegalArgumentException(property + " must be an http(s) URL, not '" + value + "'");
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(property)) {
        throw e;
      }
      throw new IllegalArgumentException(property + " must be an http(s) URL, not '" + value + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String stripSlash(String url) {
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Never prints a secret, only whether there is one. */
  @Override
  public String toString() {
    return "AccountingProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", realmId=" + realmId
        + ", clientId=" + clientId + ", clientSecret=" + secret(clientSecret) + ", refreshToken="
        + secret(refreshToken) + ", accessToken=" + secret(accessToken) + ", tokenUrl=" + tokenUrl
        + ", webhookVerifierToken=" + secret(webhookVerifierToken) + ", itemId=" + itemId + ", invoicePrefix="
        + invoicePrefix + ", timeout=" + timeout + ", maxRetries=" + maxRetries + "]";
  }

  private static String secret(String value) {
    return value == null ? "none" : "(set)";
  }
}
