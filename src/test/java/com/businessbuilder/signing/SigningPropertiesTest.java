package com.businessbuilder.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SigningPropertiesTest {

  @Test
  void offlineIsTheDefaultAndNeedsNothing() {
    SigningProperties properties = SigningProperties.offline();

    assertThat(properties.provider()).isEqualTo("offline");
    assertThat(properties.pollInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(properties.tokenLifetime()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void docuSignNeedsEverySettingAndNamesTheMissingOne() {
    assertThatThrownBy(() -> docuSign("https://demo.docusign.net/restapi", "account-d.docusign.com", null))
        .hasMessageContaining("bb.signing.private-key must be set when bb.signing.provider is docusign")
        .hasMessageContaining("BB_DOCUSIGN_PRIVATE_KEY");
    assertThatThrownBy(() -> new SigningProperties("docusign", null, null, "key", "user", "account",
        SigningTestData.privateKeyPem(), "hmac", null, null, null, null, null))
        .hasMessageContaining("bb.signing.base-path must be set");
    assertThatThrownBy(() -> new SigningProperties("docusign", "https://demo.docusign.net/restapi",
        "account-d.docusign.com", "key", "user", "account", SigningTestData.privateKeyPem(), null, null, null, null,
        null, null))
        .hasMessageContaining("bb.signing.connect-hmac-key").hasMessageContaining("BB_DOCUSIGN_CONNECT_KEY");
    assertThatThrownBy(() -> docuSign("https://demo.docusign.net/restapi", "account-d.docusign.com", "not a key"))
        .hasMessageContaining("bb.signing.private-key must be a PEM private key");
  }

  @Test
  void plainHttpOnlyToThisMachine() {
    assertThat(docuSign("http://localhost:8089/restapi", "http://127.0.0.1:8089", SigningTestData.privateKeyPem())
        .oauthAudience()).isEqualTo("127.0.0.1:8089");
    assertThatThrownBy(() -> docuSign("http://demo.docusign.net/restapi", "account-d.docusign.com",
        SigningTestData.privateKeyPem()))
        .hasMessageContaining("bb.signing.base-path 'http://demo.docusign.net/restapi' must be an https:// URL");
  }

  @Test
  void theOAuthHostIsTheJwtAudience() {
    SigningProperties properties = docuSign("https://demo.docusign.net/restapi/", "account-d.docusign.com",
        SigningTestData.privateKeyPem());

    assertThat(properties.basePath()).isEqualTo("https://demo.docusign.net/restapi");
    assertThat(properties.oauthUrl()).hasToString("https://account-d.docusign.com");
    assertThat(properties.oauthAudience()).isEqualTo("account-d.docusign.com");
  }

  @Test
  void anUnknownProviderOrALongTokenLifetimeIsRefused() {
    assertThatThrownBy(() -> new SigningProperties("adobe", null, null, null, null, null, null, null, null, null,
        null, null, null)).hasMessage("bb.signing.provider 'adobe' is not known; use one of offline, docusign");
    assertThatThrownBy(() -> new SigningProperties(null, null, null, null, null, null, null, null,
        Duration.ofHours(2), null, null, null, null)).hasMessageContaining("bb.signing.token-lifetime");
  }

  @Test
  void toStringHidesTheSecrets() {
    String shown = docuSign("https://demo.docusign.net/restapi", "account-d.docusign.com",
        SigningTestData.privateKeyPem()).toString();

    assertThat(shown).contains("privateKey=(set)", "connectHmacKey=(set)")
        .doesNotContain("BEGIN PRIVATE KEY", SigningTestData.CONNECT_KEY);
  }

  private static SigningProperties docuSign(String basePath, String oauthBasePath, String privateKey) {
    return new SigningProperties("docusign", basePath, oauthBasePath, "integration-key", "user-id", "account-id",
        privateKey, SigningTestData.CONNECT_KEY, null, null, null, null, null);
  }
}
