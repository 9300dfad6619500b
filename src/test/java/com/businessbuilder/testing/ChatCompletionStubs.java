package com.businessbuilder.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WireMock stubs of an OpenAI-compatible chat endpoint ({@code POST /v1/chat/completions}) for tests of the real
 * LangChain4j provider: which requests (by a part of the prompt) get which answer, and how many were made.
 */
public final class ChatCompletionStubs {

  /** The model the stubs answer as: a dated name, as OpenAI reports it. */
  public static final String MODEL = "gpt-4o-mini-2024-07-18";
  private static final String PATH = "/v1/chat/completions";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Lets the agents ask the fake through the real LangChain4j OpenAI provider ({@code bb.llm.*}, model
   * gpt-4o-mini), without LangChain4j's own retries, so that the fake counts every call.
   */
  public static void askTheFake(DynamicPropertyRegistry properties, WireMockExtension fake, String apiKey) {
    properties.add("bb.llm.provider", () -> "openai");
    properties.add("bb.llm.base-url", () -> fake.baseUrl() + "/v1");
    properties.add("bb.llm.api-key", () -> apiKey);
    properties.add("bb.llm.model", () -> "gpt-4o-mini");
    properties.add("bb.llm.max-retries", () -> "0");
  }

  /** Requests whose body (prompt) contains {@code promptPart}. */
  public static MappingBuilder asking(String promptPart) {
    return post(urlEqualTo(PATH)).withRequestBody(containing(promptPart));
  }

  /** For verifying how many such requests were made. */
  public static RequestPatternBuilder requestsAsking(String promptPart) {
    return postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(promptPart));
  }

  /** A completion whose assistant message is {@code content}, with the token usage the provider reports. */
  public static ResponseDefinitionBuilder answer(String content, int inputTokens, int outputTokens) {
    try {
      return aResponse().withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(Map.of(
          "id", "chatcmpl-" + content.hashCode(),
          "object", "chat.completion",
          "created", 1_763_700_000,
          "model", MODEL,
          "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
              "message", Map.of("role", "assistant", "content", content))),
          "usage", Map.of("prompt_tokens", inputTokens, "completion_tokens", outputTokens,
              "total_tokens", inputTokens + outputTokens))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A completion whose assistant message is {@code value} as JSON. */
  public static ResponseDefinitionBuilder answerJson(Object value, int inputTokens, int outputTokens) {
    try {
      return answer(JSON.writeValueAsString(value), inputTokens, outputTokens);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ChatCompletionStubs() {}
}
