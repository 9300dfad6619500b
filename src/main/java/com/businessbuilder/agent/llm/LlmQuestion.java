package com.businessbuilder.agent.llm;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What an agent asks a model.
 *
 * @param roleId the agent role asking (for the offline composer and the audit)
 * @param task the kind of work, e.g. {@code market-research}; the offline composer picks its template by it
 * @param systemPrompt the role's standing instructions
 * @param userPrompt the request, rendered from {@code inputs}
 * @param inputs the structured inputs the prompt was rendered from; the offline composer works from these
 * @param outputType a record type the answer must be JSON of, or {@code null} for free text
 */
public record LlmQuestion(
    String roleId,
    String task,
    String systemPrompt,
    String userPrompt,
    Map<String, Object> inputs,
    Class<?> outputType) {

  public LlmQuestion {
    // null values are meaningful ("not known"), so no Map.copyOf
    inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(inputs));
  }

  /** The same question with more said, e.g. a re-ask that names what was wrong with the last answer. */
  public LlmQuestion withUserPrompt(String userPrompt) {
    return new LlmQuestion(roleId, task, systemPrompt, userPrompt, inputs, outputType);
  }
}
