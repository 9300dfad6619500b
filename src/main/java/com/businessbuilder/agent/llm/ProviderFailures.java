package com.businessbuilder.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * Turns whatever LangChain4j threw (after its own retries) into an {@link LlmCallFailed} that says what happened in
 * words an operator can act on, with the provider's own error text and HTTP status, and never the API key.
 */
final class ProviderFailures {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PROVIDER_TEXT = 500;

  private ProviderFailures() {}

  static LlmCallFailed translate(String providerId, LlmProperties properties, RuntimeException failure) {
    HttpException http = find(failure, HttpException.class);
    if (http != null) {
      return failed(properties, providerId + " answered " + http.statusCode() + reasonOf(http.statusCode()) + ": "
          + providerText(http.getMessage()), http.statusCode(), failure);
    }
    if (find(failure, HttpConnectTimeoutException.class) != null) {
      return failed(properties, providerId + " could not be reached at " + endpoint(properties) + " within "
          + human(properties.timeout()) + " (bb.llm.timeout)", null, failure);
    }
    if (find(failure, HttpTimeoutException.class) != null
        || find(failure, dev.langchain4j.exception.TimeoutException.class) != null) {
      return failed(properties, providerId + " did not answer within " + human(properties.timeout())
          + " (bb.llm.timeout), also not after " + properties.maxRetries() + " retries (bb.llm.max-retries)", null,
          failure);
    }
    if (find(failure, UnresolvedAddressException.class) != null
        || find(failure, UnresolvedModelServerException.class) != null) {
      return failed(properties, providerId + " is not reachable at " + endpoint(properties)
          + " (bb.llm.base-url): the host name is not known", null, failure);
    }
    if (find(failure, ConnectException.class) != null) {
      return failed(properties, providerId + " is not reachable at " + endpoint(properties)
          + " (bb.llm.base-url): the connection was refused", null, failure);
    }
    JsonProcessingException unparsable = find(failure, JsonProcessingException.class);
    if (unparsable != null) {
      return failed(properties, providerId + " answered with something that is not its API's JSON: "
          + firstLine(unparsable.getOriginalMessage()), null, failure);
    }
    return failed(properties, providerId + " call failed: " + rootOf(failure), null, failure);
  }

  private static LlmCallFailed failed(LlmProperties properties, String message, Integer status, Throwable cause) {
    // a provider may echo the key it was given; the message goes to logs, the audit and Cockpit incidents
    String safe = properties.hasApiKey() ? message.replace(properties.apiKey(), "[api key]") : message;
    return new LlmCallFailed(safe, status, new ProviderError(cause, properties));
  }

  /** Provider errors are JSON in several shapes: OpenAI {@code error.message}, Ollama {@code error}, others. */
  private static String providerText(String body) {
    if (body == null || body.isBlank()) {
      return "(no error text)";
    }
    try {
      JsonNode json = JSON.readTree(body);
      JsonNode error = json.path("error");
      if (error.path("message").isTextual()) {
        return clip(error.path("message").asText());
      }
      if (error.isTextual()) {
        return clip(error.asText());
      }
      if (json.path("message").isTextual()) {
        return clip(json.path("message").asText());
      }
    } catch (JsonProcessingException notJson) {
      // an HTML page from a proxy, or plain text: show it as it is
    }
    return clip(body.strip());
  }

  private static String reasonOf(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "" : " " + known.getReasonPhrase();
  }

  private static String endpoint(LlmProperties properties) {
    return properties.baseUrl() == null ? "its default address" : properties.baseUrl();
  }

  private static String human(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }

  private static String rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : " " + firstLine(message));
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return clip(newline < 0 ? text : text.substring(0, newline));
  }

  private static String clip(String text) {
    return text.length() <= MAX_PROVIDER_TEXT ? text : text.substring(0, MAX_PROVIDER_TEXT) + " …";
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /**
   * Keeps LangChain4j's exception chain for the stack trace, with the key removed from every message in it: the
   * chain's messages carry the provider's raw error bodies, and a stack trace is logged whole.
   */
  static final class ProviderError extends RuntimeException {

    private ProviderError(Throwable original, LlmProperties properties) {
      super(original.getClass().getName() + ": " + redacted(original.getMessage(), properties),
          original.getCause() == null || original.getCause() == original ? null
              : new ProviderError(original.getCause(), properties));
      setStackTrace(original.getStackTrace());
    }

    private static String redacted(String message, LlmProperties properties) {
      if (message == null || !properties.hasApiKey()) {
        return message;
      }
      return message.replace(properties.apiKey(), "[api key]");
    }
  }
}
