package com.businessbuilder.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccountingPropertiesTest {

  static AccountingProperties quickbooks(String realmId, String clientSecret, String refreshToken) {
    return new AccountingProperties("QuickBooks", "https://sandbox-quickbooks.api.intuit.com/", realmId, "client",
        clientSecret, refreshToken, null, "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
        "verifier-secret", null, null, Duration.ofSeconds(30), 2);
  }

  @Test
  void nothingConfiguredMeansTheOfflineLedger() {
    AccountingProperties properties = new AccountingProperties(" ", null, null, null, null, null, null, null, " ",
        null, null, null, 2);

    assertThat(properties.provider()).isEqualTo("offline");
    assertThat(properties.invoicePrefix()).isEqualTo("INV");
    assertThat(properties.webhookVerifierToken()).isNull();
  }

  @Test
  void quickbooksNeedsTheCompanyAndTheAppCredentialsAndNamesWhatIsMissing() {
    assertThatThrownBy(() -> quickbooks(null, "secret", "refresh"))
        .hasMessageStartingWith("bb.accounting.realm-id must be set when bb.accounting.provider is quickbooks");
    assertThatThrownBy(() -> quickbooks("123", " ", "refresh"))
        .hasMessageContaining("bb.accounting.client-secret").hasMessageContaining("BB_ACCOUNTING_CLIENT_SECRET");
    assertThatThrownBy(() -> quickbooks("123", "secret", null))
        .hasMessageContaining("bb.accounting.refresh-token").hasMessageContaining("BB_ACCOUNTING_REFRESH_TOKEN");
    assertThat(quickbooks("123", "secret", "refresh").baseUrl())
        .isEqualTo("https://sandbox-quickbooks.api.intuit.com");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> new AccountingProperties("xero", null, null, null, null, null, null, null, null, null,
        null, null, 2)).hasMessage("bb.accounting.provider 'xero' is not known; use one of offline, quickbooks");
    assertThatThrownBy(() -> new AccountingProperties(null, null, null, null, null, null, null, null, null, null,
        "INV-", null, 2)).hasMessageStartingWith("bb.accounting.invoice-prefix");
    assertThatThrownBy(() -> new AccountingProperties("quickbooks", "sandbox-quickbooks", "1", "c", "s", "r", null,
        "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer", null, null, null, null, 2))
        .hasMessageStartingWith("bb.accounting.base-url must be an http(s) URL");
  }

  @Test
  void toStringNeverPrintsASecret() {
    AccountingProperties properties = new AccountingProperties("quickbooks", null, "123", "client", "s3cret-value",
        "r3fresh-value", "acc3ss-value", null, "v3rifier-value", null, null, null, 2);

    assertThat(properties.toString())
        .doesNotContain("s3cret-value", "r3fresh-value", "acc3ss-value", "v3rifier-value")
        .contains("clientSecret=(set)", "refreshToken=(set)", "realmId=123");
  }
}
