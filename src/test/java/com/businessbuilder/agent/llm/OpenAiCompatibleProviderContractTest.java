package com.businessbuilder.agent.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible adapter against a fake of {@code POST /v1/chat/completions}. */
class OpenAiCompatibleProviderContractTest extends RealProviderContract {

  @Override
  String providerId() {
    return "openai";
  }

  @Override
  String baseUrl() {
    return fake.baseUrl() + "/v1";
  }

  @Override
  String chatPath() {
    return "/v1/chat/completions";
  }

  @Override
  String model() {
    return "gpt-4o-mini";
  }

  @Override
  LlmProvider provider(LlmProperties properties) {
    return new OpenAiCompatibleProvider(properties);
  }

  @Override
  String answerBody(String text) {
    return """
        {
          "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
          "object": "chat.completion",
          "created": 1741569952,
          "model": "gpt-4o-mini-2024-07-18",
          "choices": [
            {
              "index": 0,
              "message": {"role": "assistant", "content": %s, "refusal": null, "annotations": []},
              "logprobs": null,
              "finish_reason": "stop"
            }
          ],
          "usage": {
            "prompt_tokens": 87,
            "completion_tokens": 23,
            "total_tokens": 110,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
              "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}
          },
          "service_tier": "default",
          "system_fingerprint": "fp_06737a9306"
        }
        """.formatted(JSON.valueToTree(text).toString());
  }

  @Override
  String errorBody(int status, String message) {
    String type = status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error";
    return """
        {"error": {"message": %s, "type": "%s", "param": null, "code": null}}
        """.formatted(JSON.valueToTree(message).toString(), type);
  }

  @Test
  void structuredAnswerIsAskedWithStrictJsonSchema() {
    String json = "{\"summary\":\"Local bakery, good fit\",\"fitScore\":82,\"risks\":[\"small budget\"]}";
    fake.stubFor(post(chatPath()).willReturn(answer(json)));

    LlmAnswer answer = provider().chat(structuredQuestion());

    assertThat(answer).isEqualTo(new LlmAnswer(json, "gpt-4o-mini-2024-07-18", 87, 23, false));
    LoggedRequest request = chatRequests().get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.containsHeader("Upgrade")).as("no h2c upgrade").isFalse();
    JsonNode body = json(request.getBodyAsString());
    assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(body.path("messages")).isEqualTo(json("""
        [{"role": "system", "content": "You are the sales analyst of a small agency."},
         {"role": "user", "content": "Assess the lead Acme Bakery (bakery, 12 employees)."}]
        """));
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(800);
    assertThat(body.path("stream").asBoolean()).isFalse();
    assertThat(body.path("response_format")).isEqualTo(json("""
        {"type": "json_schema",
         "json_schema": {
           "name": "LeadAssessment",
           "strict": true,
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
  void freeTextIsAskedWithoutResponseFormat() {
    fake.stubFor(post(chatPath()).willReturn(answer("Dear Acme Bakery, welcome!")));

    LlmAnswer answer = provider().chat(freeTextQuestion());

    assertThat(answer).isEqualTo(new LlmAnswer("Dear Acme Bakery, welcome!", "gpt-4o-mini-2024-07-18", 87, 23,
        false));
    JsonNode body = json(chatRequests().get(0).getBodyAsString());
    assertThat(body.has("response_format")).isFalse();
    assertThat(body.path("messages").get(1)).isEqualTo(json("""
        {"role": "user", "content": "Write a short welcome letter to Acme Bakery."}"""));
  }

  @Test
  void localServerWithoutKeyGetsNoAuthorizationAndMayReportNoUsage() {
    fake.stubFor(post(chatPath()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("""
            {"id": "chatcmpl-local", "object": "chat.completion", "created": 1741569952,
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello"},
                          "finish_reason": "stop"}]}
            """)));
    LlmProperties noKey = new LlmProperties("openai", baseUrl(), "", "qwen2.5-7b-instruct", TIMEOUT, 0, null, null,
        false, LlmProperties.StructuredOutput.JSON_SCHEMA);

    LlmAnswer answer = provider(noKey).chat(freeTextQuestion());

    assertThat(answer).isEqualTo(new LlmAnswer("Hello", "qwen2.5-7b-instruct", null, null, false));
    LoggedRequest request = chatRequests().get(0);
    assertThat(request.containsHeader("Authorization")).isFalse();
    JsonNode body = json(request.getBodyAsString());
    assertThat(body.has("temperature")).isFalse();
    assertThat(body.has("max_completion_tokens")).isFalse();
  }
}
