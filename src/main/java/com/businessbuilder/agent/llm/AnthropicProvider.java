package com.businessbuilder.agent.llm;

import static dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA;

import dev.langchain4j.model.anthropic.AnthropicChatModel;

/**
 * Anthropic's Messages API ({@code POST {base-url}/messages}, default {@code https://api.anthropic.com/v1/}).
 * Structured answers use its JSON-schema output format ({@code output_config}); for models without it, set
 * {@code bb.llm.structured-output=prompt}.
 */
final class AnthropicProvider extends LangChain4jProvider {

  static final String ID = "anthropic";
  /** Anthropic requires a limit; LangChain4j's own default (1024) cuts documents short. */
  static final int DEFAULT_MAX_OUTPUT_TOKENS = 4096;

  AnthropicProvider(LlmProperties properties) {
    super(ID, properties, AnthropicChatModel.builder()
        .httpClientBuilder(http11())
        .baseUrl(properties.baseUrl())
        .apiKey(properties.apiKey())
        .modelName(properties.model())
        .temperature(properties.temperature())
        .maxTokens(properties.maxOutputTokens() == null ? DEFAULT_MAX_OUTPUT_TOKENS : properties.maxOutputTokens())
        .timeout(properties.timeout())
        .maxRetries(properties.maxRetries())
        .logRequests(properties.logRequests())
        .logResponses(properties.logRequests())
        .supportedCapabilities(RESPONSE_FORMAT_JSON_SCHEMA)
        .build());
  }
}
