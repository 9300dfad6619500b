package com.businessbuilder.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A minimal blocking OpenAI-compatible chat client for tests and benchmarks: one request, the first choice's content
 * back. It stands in for the real LLM provider, which blocks the calling thread in the same way.
 */
public final class ChatCompletionsClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;

  public ChatCompletionsClient(URI baseUrl) {
    this.endpoint = URI.create(baseUrl + "/chat/completions");
  }

  /** Sends one user message and returns the assistant's answer; a non-200 answer is a failure. */
  public String chat(String prompt) {
    try {
      String body = JSON.writeValueAsString(Map.of("model", "fake-gpt", "temperature", 0.2,
          "messages", List.of(Map.of("role", "user", "content", prompt))));
      HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Provider answered " + response.statusCode());
      }
      JsonNode answer = JSON.readTree(response.body());
      return answer.path("choices").path(0).path("message").path("content").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("Provider call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Provider call interrupted", e);
    }
  }
}
