package com.businessbuilder.system.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Characters no text of the API may hold: the C0 controls except tab, line feed and carriage return, and DEL. */
final class ControlCharacters {

  static final String MESSAGE = "must not contain control characters";

  private ControlCharacters() {}

  static boolean in(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** Read from a request body: the problem names the field. */
  static final class InText extends JsonMappingException {

    InText(JsonParser parser) {
      super(parser, MESSAGE);
    }
  }
}
