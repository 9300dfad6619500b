package com.businessbuilder.agent.llm;

import static dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA;

import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * OpenAI's chat completions API ({@code POST {base-url}/chat/completions}) as OpenAI, Azure OpenAI (its v1
 * endpoint), vLLM, LM Studio and the llama.cpp server speak it. Structured answers use strict JSON-schema output.
 */
final class OpenAiCompatibleProvider extends LangChain4jProvider {

  static final String ID = "openai";

  OpenAiCompatibleProvider(LlmProperties properties) {
    super(ID, properties, OpenAiChatModel.builder()
        .httpClientBuilder(http11())
        .baseUrl(properties.baseUrl())
        .apiKey(properties.apiKey())
        .modelName(properties.model())
        .temperature(properties.temperature())
        .maxCompletionTokens(properties.maxOutputTokens())
        .timeout(properties.timeout())
        .maxRetries(properties.maxRetries())
        .logRequests(properties.logRequests())
        .logResponses(properties.logRequests())
        .supportedCapabilities(RESPONSE_FORMAT_JSON_SCHEMA)
        .strictJsonSchema(true)
        .build());
  }
}
