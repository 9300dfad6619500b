package com.businessbuilder.agent.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

/** The Ollama adapter against a fake of Ollama's own {@code POST /api/chat}. */
class OllamaProviderContractTest extends RealProviderContract {

  @Override
  String providerId() {
    return "ollama";
  }

  @Override
  String baseUrl() {
    return fake.baseUrl();
  }

  @Override
  String chatPath() {
    return "/api/chat";
  }

  @Override
  String model() {
    return "llama3.2";
  }

  @Override
  LlmProvider provider(LlmProperties properties) {
    return new OllamaProvider(properties);
  }

  @Override
  String answerBody(String text) {
    return """
        {
          "model": "llama3.2",
          "created_at": "2025-03-10T09:12:31.554912Z",
          "message": {"role": "assistant", "content": %s},
          "done_reason": "stop",
          "done": true,
          "total_duration": 4883583458,
          "load_duration": 1334875,
          "prompt_eval_count": 42,
          "prompt_eval_duration": 342546000,
          "eval_count": 31,
          "eval_duration": 4535599000
        }
        """.formatted(JSON.valueToTree(text).toString());
  }

  @Override
  String errorBody(int status, String message) {
    return """
        {"error": %s}
        """.formatted(JSON.valueToTree(message).toString());
  }

  @Test
  void structuredAnswerIsAskedWithTheSchemaAsFormat() {
    String json = "{\"summary\":\"Local bakery, good fit\",\"fitScore\":82,\"risks\":[\"small budget\"]}";
    fake.stubFor(post(chatPath()).willReturn(answer(json)));

    LlmAnswer answer = provider().chat(structuredQuestion());

    assertThat(answer).isEqualTo(new LlmAnswer(json, "llama3.2", 42, 31, false));
    LoggedRequest request = chatRequests().get(0);
    assertThat(request.getHeader("Authorization")).as("key for a proxy in front of Ollama")
        .isEqualTo("Bearer " + API_KEY);
    assertThat(request.containsHeader("Upgrade")).as("no h2c upgrade").isFalse();
    JsonNode body = json(request.getBodyAsString());
    assertThat(body.path("model").asText()).isEqualTo("llama3.2");
    assertThat(body.path("stream").asBoolean(true)).isFalse();
    assertThat(body.path("messages")).isEqualTo(json("""
        [{"role": "system", "content": "You are the sales analyst of a small agency."},
         {"role": "user", "content": "Assess the lead Acme Bakery (bakery, 12 employees)."}]
        """));
    assertThat(body.path("options").path("temperature").asDouble()).isEqualTo(0.2);
    assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(800);
    assertThat(body.path("format")).isEqualTo(json("""
        {"type": "object",
         "properties": {
           "summary": {"type": "string"},
           "fitScore": {"type": "integer"},
           "risks": {"type": "array", "items": {"type": "string"}}
         },
         "required": ["summary", "fitScore", "risks"]}
        """));
  }

  @Test
  void freeTextWithoutKeyIsAskedWithoutFormatOrAuthorization() {
    fake.stubFor(post(chatPath()).willReturn(answer("Dear Acme Bakery, welcome!")));
    LlmProperties noKey = new LlmProperties("ollama", baseUrl(), null, "llama3.2", TIMEOUT, 0, null, null, false,
        LlmProperties.StructuredOutput.JSON_SCHEMA);

    LlmAnswer answer = provider(noKey).chat(freeTextQuestion());

    assertThat(answer).isEqualTo(new LlmAnswer("Dear Acme Bakery, welcome!", "llama3.2", 42, 31, false));
    LoggedRequest request = chatRequests().get(0);
    assertThat(request.containsHeader("Authorization")).isFalse();
    JsonNode body = json(request.getBodyAsString());
    assertThat(body.has("format")).isFalse();
    assertThat(body.path("messages").get(1)).isEqualTo(json("""
        {"role": "user", "content": "Write a short welcome letter to Acme Bakery."}"""));
  }

  @Test
  void unknownModelNamesOllamasError() {
    fake.stubFor(post(chatPath()).willReturn(error(404, "model \"llama3.2\" not found, try pulling it first")));

    LlmCallFailed failed = failureOf(properties(baseUrl(), MAX_RETRIES), freeTextQuestion());

    assertThat(failed.httpStatus()).isEqualTo(404);
    assertThat(failed.getMessage())
        .isEqualTo("ollama answered 404 Not Found: model \"llama3.2\" not found, try pulling it first");
    assertThat(chatRequests()).hasSize(1);
  }
}
