package com.businessbuilder.agent.llm;

/**
 * The port to a language model. One adapter per provider (OpenAI-compatible, Ollama, Anthropic through LangChain4j)
 * and the offline composer, chosen by {@code bb.llm.provider}. Business code never calls a provider directly: it
 * goes through {@code com.businessbuilder.agent.Agents}, which adds roles, budgets, re-asks and the audit trail.
 */
public interface LlmProvider {

  /** The configured provider id: {@code openai}, {@code ollama}, {@code anthropic} or {@code offline}. */
  String id();

  /** The model answers are asked from (as configured; the answer carries the model the provider reports). */
  String model();

  /**
   * One chat exchange. When the question has an output type, the provider asks for JSON matching that type's
   * schema (a JSON-schema response format where the provider supports one) and returns the raw JSON text; the
   * caller parses and validates it.
   *
   * @throws LlmCallFailed when the provider cannot answer (after the client's own retries for 429/5xx/timeouts)
   */
  LlmAnswer chat(LlmQuestion question);
}
