package com.businessbuilder.agent.llm;

/**
 * A model's answer.
 *
 * @param text the answer (JSON text when the question had an output type)
 * @param model the model that answered, as the provider reported it
 * @param inputTokens input tokens as the provider reported them, or {@code null} when it reported none
 * @param outputTokens output tokens as the provider reported them, or {@code null}
 * @param offline whether the offline composer wrote it (no model was asked)
 */
public record LlmAnswer(String text, String model, Integer inputTokens, Integer outputTokens, boolean offline) {}
