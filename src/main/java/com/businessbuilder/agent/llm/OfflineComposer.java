package com.businessbuilder.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the offline answer for one kind of task, deterministically, from the question's structured inputs.
 * Features register one per task they ask agents for, so the whole application runs with no model and no key.
 */
public interface OfflineComposer {

  /** The task this composer answers, as in {@link LlmQuestion#task()}. */
  String task();

  /** The answer text: JSON of the question's output type when it has one, otherwise the document. */
  String compose(LlmQuestion question);

  /** A structured answer as the JSON a model would have written. */
  static String asJson(ObjectMapper json, Object answer) {
    try {
      return json.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Offline answer " + answer + " cannot be written as JSON", e);
    }
  }
}
