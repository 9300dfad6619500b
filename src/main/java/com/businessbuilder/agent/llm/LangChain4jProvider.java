package com.businessbuilder.agent.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/**
 * What the real providers share: a question becomes a system and a user message (and, for a structured answer, a
 * JSON-schema response format or the schema in the prompt), the answer carries the model and token counts the
 * provider reported, and every failure becomes an {@link LlmCallFailed}. Subclasses only build their LangChain4j
 * {@link ChatModel}.
 */
abstract class LangChain4jProvider implements LlmProvider {

  private final String id;
  private final LlmProperties properties;
  private final ChatModel chatModel;

  LangChain4jProvider(String id, LlmProperties properties, ChatModel chatModel) {
    this.id = id;
    this.properties = properties;
    this.chatModel = chatModel;
  }

  /**
   * The JDK client pinned to HTTP/1.1: on a plain-http endpoint it would otherwise try an h2c upgrade, and local
   * servers (vLLM, LM Studio, Ollama behind a proxy) drop the request body of such a request or hang on it.
   */
  static HttpClientBuilder http11() {
    return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String model() {
    return properties.model();
  }

  @Override
  public LlmAnswer chat(LlmQuestion question) {
    ChatRequest request = requestFor(question);
    ChatResponse response;
    try {
      response = chatModel.chat(request);
    } catch (RuntimeException failure) {
      throw ProviderFailures.translate(id, properties, failure);
    }
    TokenUsage usage = response.tokenUsage();
    String answeringModel = response.modelName() == null ? properties.model() : response.modelName();
    return new LlmAnswer(response.aiMessage() == null ? null : response.aiMessage().text(), answeringModel,
        usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount(), false);
  }

  private ChatRequest requestFor(LlmQuestion question) {
    ChatRequest.Builder request = ChatRequest.builder();
    String userPrompt = question.userPrompt();
    if (question.outputType() != null) {
      JsonSchema schema = AnswerSchemas.of(question.outputType());
      if (properties.structuredOutput() == LlmProperties.StructuredOutput.JSON_SCHEMA) {
        request.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
      } else {
        userPrompt = userPrompt + "\n\nAnswer with a single JSON object that matches this JSON schema, and nothing"
            + " else: no text before or after it, no code fence.\n" + AnswerSchemas.asJson(schema);
      }
    }
    List<ChatMessage> messages = new ArrayList<>(2);
    if (question.systemPrompt() != null && !question.systemPrompt().isBlank()) {
      messages.add(SystemMessage.from(question.systemPrompt()));
    }
    messages.add(UserMessage.from(userPrompt));
    return request.messages(messages).build();
  }
}
