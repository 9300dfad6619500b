package com.businessbuilder.signing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/**
 * Serialises a JSON request body up front and sends its length. Why: Jersey's default connector uses
 * {@code HttpURLConnection}, which silently sends a POST a second time when the connection breaks before the answer
 * (JDK property {@code sun.net.http.retryPost}), unless the body is streamed. A known length lets the connector
 * stream it ({@code useFixedLengthStreaming}), so a lost answer surfaces as a failure and the idempotent retry in
 * {@link DocuSignSignature} decides, not the JDK.
 */
final class KnownLengthBodies implements ClientRequestFilter {

  private final ObjectMapper json;

  KnownLengthBodies(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void filter(ClientRequestContext request) throws IOException {
    if (!request.hasEntity() || request.getHeaders().containsKey(HttpHeaders.CONTENT_LENGTH)
        || request.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
      return;
    }
    byte[] body = request.getEntity() instanceof byte[] bytes ? bytes : json.writeValueAsBytes(request.getEntity());
    request.setEntity(body, request.getEntityAnnotations(), request.getMediaType());
    request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
  }
}
