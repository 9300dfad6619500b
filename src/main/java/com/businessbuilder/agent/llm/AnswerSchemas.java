package com.businessbuilder.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.LinkedHashMap;

/**
 * The JSON schema of a structured answer, derived from its record type by LangChain4j's own schema support (the one
 * its AI services use). Every record component is required, nested ones too: a record's components are its
 * contract, and OpenAI's strict mode demands it anyway. A component that may stay empty says so with
 * {@code @JsonProperty(required = false)}; {@code @Description} on a type or component reaches the model.
 */
final class AnswerSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerSchemas() {}

  static JsonSchema of(Class<?> answerType) {
    return JsonSchema.builder()
        .name(answerType.getSimpleName())
        .rootElement(JsonSchemaElementUtils.jsonObjectOrReferenceSchemaFrom(answerType, null, true,
            new LinkedHashMap<>(), true))
        .build();
  }

  /** The schema as JSON text, for a prompt. */
  static String asJson(JsonSchema schema) {
    try {
      return JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(JsonSchemaElementUtils.toMap(schema.rootElement()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the JSON schema of " + schema.name(), e);
    }
  }
}
