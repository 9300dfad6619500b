package com.businessbuilder.agent.llm;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which language model the agents ask, and how ({@code bb.llm.*}). Checked when the application starts: a
 * configuration that cannot work stops the start with a message that names the property to fix.
 *
 * @param provider {@code offline} (no network, no key), {@code openai} (any OpenAI-compatible endpoint),
 *     {@code ollama} or {@code anthropic}
 * @param baseUrl the provider's endpoint; empty means the provider's public default
 * @param apiKey the provider's key; only ever from the environment ({@code BB_LLM_API_KEY}) or a secret store
 * @param model the model (or Azure deployment) to ask
 * @param timeout how long one HTTP request may take before it counts as failed
 * @param maxRetries how often LangChain4j repeats a request after a 429, a 5xx or a timeout
 * @param temperature sampling temperature; empty leaves the provider's default
 * @param maxOutputTokens the longest answer, in tokens; empty leaves the provider's default
 * @param logRequests log each request and response (prompts included; LangChain4j masks the key headers)
 * @param structuredOutput how a structured answer is asked for: a JSON-schema response format, or the schema in
 *     the prompt for models and servers that do not support one
 */
@ConfigurationProperties("bb.llm")
record LlmProperties(
    @DefaultValue(OfflineProvider.ID) String provider,
    String baseUrl,
    String apiKey,
    String model,
    @DefaultValue("120s") Duration timeout,
    @DefaultValue("2") int maxRetries,
    Double temperature,
    Integer maxOutputTokens,
    @DefaultValue("false") boolean logRequests,
    @DefaultValue("json-schema") StructuredOutput structuredOutput) {

  static final List<String> PROVIDERS = List.of(OfflineProvider.ID, OpenAiCompatibleProvider.ID,
      OllamaProvider.ID, AnthropicProvider.ID);

  /** How a structured answer is asked for. */
  enum StructuredOutput {
    /** The provider's JSON-schema response format (OpenAI strict structured output, Ollama format, Anthropic). */
    JSON_SCHEMA,
    /** The schema goes into the prompt with the request to answer with JSON only. */
    PROMPT
  }

  LlmProperties {
    provider = provider == null || provider.isBlank() ? OfflineProvider.ID : provider.strip().toLowerCase(Locale.ROOT);
    baseUrl = blankToNull(baseUrl);
    apiKey = blankToNull(apiKey);
    model = blankToNull(model);
    structuredOutput = structuredOutput == null ? StructuredOutput.JSON_SCHEMA : structuredOutput;
    check(provider, baseUrl, apiKey, model, timeout, maxRetries, maxOutputTokens);
  }

  boolean hasApiKey() {
    return apiKey != null;
  }

  private static void check(String provider, String baseUrl, String apiKey, String model, Duration timeout,
      int maxRetries, Integer maxOutputTokens) {
    if (!PROVIDERS.contains(provider)) {
      throw new IllegalArgumentException("bb.llm.provider '" + provider + "' is not known; use one of "
          + String.join(", ", PROVIDERS));
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("bb.llm.timeout must be a positive duration, e.g. 120s");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("bb.llm.max-retries must not be negative");
    }
    if (maxOutputTokens != null && maxOutputTokens < 1) {
      throw new IllegalArgumentException("bb.llm.max-output-tokens must be positive when set");
    }
    if (OfflineProvider.ID.equals(provider)) {
      return;
    }
    if (model == null) {
      throw new IllegalArgumentException("bb.llm.model must be set when bb.llm.provider is " + provider
          + " (the model, or for Azure OpenAI the deployment, that answers)");
    }
    if (AnthropicProvider.ID.equals(provider) && apiKey == null) {
      throw new IllegalArgumentException("bb.llm.api-key must be set when bb.llm.provider is anthropic"
          + " (set the environment variable BB_LLM_API_KEY)");
    }
    if (OpenAiCompatibleProvider.ID.equals(provider) && apiKey == null && baseUrl == null) {
      throw new IllegalArgumentException("bb.llm.api-key must be set for OpenAI's own API (set the environment"
          + " variable BB_LLM_API_KEY); only a server of your own at bb.llm.base-url may go without a key");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Never prints the key, only whether there is one. */
  @Override
  public String toString() {
    return "LlmProperties[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey="
        + (apiKey == null ? "none" : "(set)") + ", model=" + model + ", timeout=" + timeout + ", maxRetries="
        + maxRetries + ", temperature=" + temperature + ", maxOutputTokens=" + maxOutputTokens + ", logRequests="
        + logRequests + ", structuredOutput=" + structuredOutput + "]";
  }
}
