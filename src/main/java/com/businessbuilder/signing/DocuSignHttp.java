package com.businessbuilder.signing;

import com.docusign.esign.client.ApiClient;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.HttpUrlConnectorProvider;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;

/**
 * Builds the SDK's {@link ApiClient} on an HTTP client of our own. The SDK's stock client trusts every certificate
 * and every host name; this one uses the JVM's default trust store and host name verification, and speaks plain
 * HTTP to the loopback fakes of the tests ({@link SigningProperties} allows nothing else).
 *
 * <p>The SDK rebuilds its insecure client in {@code setDebugging}, {@code requestJWTUserToken},
 * {@code configureJWTAuthorizationFlow}, {@code generateAccessToken} and {@code getUserInfo}: none of them is
 * called here (the token comes from {@link DocuSignTokens}).
 */
final class DocuSignHttp {

  private DocuSignHttp() {}

  static ApiClient apiClient(SigningProperties properties) {
    ApiClient api = new ApiClient(properties.basePath());
    api.setHttpClient(httpClient(properties, api));
    api.setConnectTimeout((int) properties.connectTimeout().toMillis());
    api.setReadTimeout((int) properties.readTimeout().toMillis());
    api.setUserAgent("BusinessBuilder/DocuSign");
    return api;
  }

  static Client httpClient(SigningProperties properties, ApiClient api) {
    ClientConfig config = new ClientConfig()
        .register(MultiPartFeature.class)
        .register(api.getJSON())
        .register(JacksonFeature.class)
        .register(new KnownLengthBodies(api.getObjectMapper()))
        .property(ClientProperties.CONNECT_TIMEOUT, (int) properties.connectTimeout().toMillis())
        .property(ClientProperties.READ_TIMEOUT, (int) properties.readTimeout().toMillis())
        // the SDK sends bodies the way its generated code does (e.g. on DELETE); Jersey would reject them
        .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true)
        // HttpURLConnection silently repeats a POST whose connection broke (sun.net.http.retryPost): a second
        // envelope. It does not repeat a streamed request; KnownLengthBodies makes JSON bodies streamable.
        .connectorProvider(new HttpUrlConnectorProvider().useFixedLengthStreaming());
    try {
      return ClientBuilder.newBuilder().withConfig(config).sslContext(SSLContext.getDefault()).build();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no default TLS context", e);
    }
  }
}
