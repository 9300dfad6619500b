package com.businessbuilder.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocuSignConnectVerifierTest {

  static final byte[] BODY = "{\"event\":\"envelope-completed\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSignatureIsTheBase64HmacSha256OfTheRawBody() {
    // computed independently: printf '%s' "$BODY" | openssl dgst -sha256 -hmac secret -binary | base64
    DocuSignConnectVerifier verifier = new DocuSignConnectVerifier("secret");

    assertThat(verifier.signature(BODY)).isEqualTo("eThXMyD1/Zoubgxw4RmYPmCN4tVrpt4HunvHiXcKH/c=");
    assertThat(verifier.genuine(BODY, List.of("eThXMyD1/Zoubgxw4RmYPmCN4tVrpt4HunvHiXcKH/c="))).isTrue();
  }

  @Test
  void anyOfSeveralSignaturesAndKeysMayMatchDuringARotation() {
    DocuSignConnectVerifier old = new DocuSignConnectVerifier("old-key");
    DocuSignConnectVerifier rotating = new DocuSignConnectVerifier("new-key, old-key");

    assertThat(rotating.genuine(BODY, List.of("bm90IGl0", old.signature(BODY)))).isTrue();
    assertThat(new DocuSignConnectVerifier("new-key").genuine(BODY, List.of(old.signature(BODY)))).isFalse();
  }

  @Test
  void withoutAKeyNothingIsGenuine() {
    DocuSignConnectVerifier none = new DocuSignConnectVerifier(null);

    assertThat(none.configured()).isFalse();
    assertThat(none.genuine(BODY, List.of("anything"))).isFalse();
    assertThat(new DocuSignConnectVerifier("secret").genuine(BODY, List.of())).isFalse();
  }
}
