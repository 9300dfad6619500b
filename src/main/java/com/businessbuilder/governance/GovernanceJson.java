package com.businessbuilder.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Roles and proposals as the JSON the agents read in their prompts (and the offline composers parse back). */
@Component
class GovernanceJson {

  private final ObjectMapper json;

  GovernanceJson(ObjectMapper json) {
    this.json = json;
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(value + " cannot be written as JSON", e);
    }
  }

  <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
