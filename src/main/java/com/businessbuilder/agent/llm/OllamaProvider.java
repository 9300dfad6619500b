package com.businessbuilder.agent.llm;

import static dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA;

import dev.langchain4j.model.ollama.OllamaChatModel;
import java.util.Map;

/**
 * Ollama's own API ({@code POST {base-url}/api/chat}). Structured answers pass the JSON schema as Ollama's
 * {@code format}. A key, when set, goes as a bearer token (for an Ollama behind an authenticating proxy).
 */
final class OllamaProvider extends LangChain4jProvider {

  static final String ID = "ollama";
  static final String DEFAULT_BASE_URL = "http://localhost:11434";

  OllamaProvider(LlmProperties properties) {
    super(ID, properties, OllamaChatModel.builder()
        .httpClientBuilder(http11())
        .baseUrl(properties.baseUrl() == null ? DEFAULT_BASE_URL : properties.baseUrl())
        .customHeaders(() -> properties.hasApiKey() ? Map.of("Authorization", "Bearer " + properties.apiKey())
            : Map.of())
        .modelName(properties.model())
        .temperature(properties.temperature())
        .numPredict(properties.maxOutputTokens())
        .timeout(properties.timeout())
        .maxRetries(properties.maxRetries())
        .logRequests(properties.logRequests())
        .logResponses(properties.logRequests())
        .supportedCapabilities(RESPONSE_FORMAT_JSON_SCHEMA)
        .build());
  }
}
