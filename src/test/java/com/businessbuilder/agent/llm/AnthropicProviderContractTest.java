package com.businessbuilder.agent.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

/** The Anthropic adapter against a fake of the Messages API, {@code POST /v1/messages}. */
class AnthropicProviderContractTest extends RealProviderContract {

  @Override
  String providerId() {
    return "anthropic";
  }

  @Override
  String baseUrl() {
    return fake.baseUrl() + "/v1/";
  }

  @Override
  String chatPath() {
    return "/v1/messages";
  }

  @Override
  String model() {
    return "claude-sonnet-4-5";
  }

  @Override
  LlmProvider provider(LlmProperties properties) {
    return new AnthropicProvider(properties);
  }

  @Override
  String answerBody(String text) {
    return """
        {
          "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
          "type": "message",
          "role": "assistant",
          "model": "claude-sonnet-4-5-20250929",
          "content": [{"type": "text", "text": %s}],
          "stop_reason": "end_turn",
          "stop_sequence": null,
          "usage": {
            "input_tokens": 64,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "output_tokens": 29,
            "service_tier": "standard"
          }
        }
        """.formatted(JSON.valueToTree(text).toString());
  }

  @Override
  String errorBody(int status, String message) {
    String type = switch (status) {
      case 401 -> "authentication_error";
      case 429 -> "rate_limit_error";
      case 500 -> "api_error";
      default -> "invalid_request_error";
    };
    return """
        {"type": "error", "error": {"type": "%s", "message": %s}, "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"}
        """.formatted(type, JSON.valueToTree(message).toString());
  }

  @Test
  void structuredAnswerIsAskedWithTheSchemaAsOutputFormat() {
    String json = "{\"summary\":\"Local bakery, good fit\",\"fitScore\":82,\"risks\":[\"small budget\"]}";
    fake.stubFor(post(chatPath()).willReturn(answer(json)));

    LlmAnswer answer = provider().chat(structuredQuestion());

    assertThat(answer).isEqualTo(new LlmAnswer(json, "claude-sonnet-4-5-20250929", 64, 29, false));
    LoggedRequest request = chatRequests().get(0);
    assertThat(request.getHeader("x-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeader("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(request.containsHeader("Authorization")).isFalse();
    assertThat(request.containsHeader("Upgrade")).as("no h2c upgrade").isFalse();
    JsonNode body = json(request.getBodyAsString());
    assertThat(body.path("model").asText()).isEqualTo("claude-sonnet-4-5");
    assertThat(body.path("system")).isEqualTo(json("""
        [{"type": "text", "text": "You are the sales analyst of a small agency."}]"""));
    assertThat(body.path("messages")).isEqualTo(json("""
        [{"role": "user",
          "content": [{"type": "text", "text": "Assess the lead Acme Bakery (bakery, 12 employees)."}]}]
        """));
    assertThat(body.path("max_tokens").asInt()).isEqualTo(800);
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("output_config")).isEqualTo(json("""
        {"format": {
           "type": "json_schema",
           "schema": {
             "type": "object",
             "properties": {
               "summary": {"type": "string"},
               "fitScore": {"type": "integer"},
               "risks": {"type": "array", "items": {"type": "string"}}
             },
             "required": ["summary", "fitScore", "risks"],
             "additionalProperties": false
           }}}
        """));
  }

  @Test
  void freeTextIsAskedWithoutOutputFormatAndWithAnthropicsRequiredTokenLimit() {
    fake.stubFor(post(chatPath()).willReturn(answer("Dear Acme Bakery, welcome!")));
    LlmProperties noLimit = new LlmProperties("anthropic", baseUrl(), API_KEY, model(), TIMEOUT, 0, null, null,
        false, LlmProperties.StructuredOutput.JSON_SCHEMA);

    LlmAnswer answer = provider(noLimit).chat(freeTextQuestion());

    assertThat(answer).isEqualTo(new LlmAnswer("Dear Acme Bakery, welcome!", "claude-sonnet-4-5-20250929", 64, 29,
        false));
    JsonNode body = json(chatRequests().get(0).getBodyAsString());
    assertThat(body.has("output_config")).isFalse();
    assertThat(body.path("max_tokens").asInt()).isEqualTo(AnthropicProvider.DEFAULT_MAX_OUTPUT_TOKENS);
  }

  @Test
  void schemaGoesIntoThePromptForModelsWithoutStructuredOutput() {
    fake.stubFor(post(chatPath()).willReturn(answer("{\"summary\":\"ok\",\"fitScore\":1,\"risks\":[]}")));
    LlmProperties promptMode = new LlmProperties("anthropic", baseUrl(), API_KEY, "claude-3-5-haiku-latest",
        TIMEOUT, 0, null, null, false, LlmProperties.StructuredOutput.PROMPT);

    provider(promptMode).chat(structuredQuestion());

    JsonNode body = json(chatRequests().get(0).getBodyAsString());
    assertThat(body.has("output_config")).isFalse();
    String userText = body.path("messages").get(0).path("content").get(0).path("text").asText();
    assertThat(userText).startsWith("Assess the lead Acme Bakery (bakery, 12 employees).\n\nAnswer with a single"
        + " JSON object that matches this JSON schema, and nothing else");
    JsonNode schemaInPrompt = json(userText.substring(userText.indexOf('{')));
    assertThat(schemaInPrompt.path("required")).isEqualTo(json("[\"summary\", \"fitScore\", \"risks\"]"));
    assertThat(schemaInPrompt.path("properties").path("fitScore").path("type").asText()).isEqualTo("integer");
  }

  @Test
  void overloadedIsRetriedAndNamedWhenItPersists() {
    fake.stubFor(post(chatPath()).willReturn(aResponse().withStatus(529)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}")));

    LlmCallFailed failed = failureOf(properties(baseUrl(), MAX_RETRIES), freeTextQuestion());

    assertThat(failed.httpStatus()).isEqualTo(529);
    assertThat(failed.getMessage()).isEqualTo("anthropic answered 529: Overloaded");
    assertThat(chatRequests()).hasSize(MAX_RETRIES + 1);
  }
}
