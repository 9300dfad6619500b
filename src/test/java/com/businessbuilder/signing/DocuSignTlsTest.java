package com.businessbuilder.signing;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Unlike the SDK's stock client, the adapter does not talk to a server whose certificate nobody vouches for. */
class DocuSignTlsTest {

  @RegisterExtension
  static final WireMockExtension selfSigned = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().dynamicHttpsPort()).build();

  @Test
  void aSelfSignedCertificateIsRefused() {
    selfSigned.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"stolen\",\"expires_in\":3600}")));
    String https = "https://localhost:" + selfSigned.getHttpsPort();
    DocuSignSignature signature = new DocuSignSignature(SigningTestData.docuSign(https),
        SigningTestData.freshDatabase(), new MutableClock(Instant.parse("2026-11-21T10:00:00Z")));

    SigningFailed refused = catchThrowableOfType(SigningFailed.class, () -> signature.status("any"));

    assertThat(refused.getMessage()).startsWith("DocuSign's OAuth server did not answer at " + https);
    assertThat(refused).hasCauseInstanceOf(jakarta.ws.rs.ProcessingException.class);
    assertThat(refused.getCause()).hasCauseInstanceOf(SSLException.class);
    assertThat(refused).hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
    assertThat(selfSigned.getAllServeEvents()).isEmpty();
  }
}
