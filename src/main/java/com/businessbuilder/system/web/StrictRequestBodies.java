package com.businessbuilder.system.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Request bodies are read strictly: a text field takes a JSON string (not {@code true} or {@code -1}), a number
 * field a JSON number (not {@code "12"}), and no text holds control characters other than tab and line breaks
 * (a NUL byte would make PostgreSQL fail). Each refusal is a 400 naming the field. Only the API's request and
 * response bodies use these rules; the application's own JSON (agents' answers, events) keeps the shared mapper.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestBodies {

  /** Deeper nesting than any request of the API needs; refused before it can exhaust the stack. */
  static final int MAX_NESTING = 32;

  @Bean
  MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper shared) {
    ObjectMapper strict = shared.copy();
    strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    strict.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
    strict.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    strict.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    // "" or a blank text is not a number, a flag or an empty value either
    strict.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    strict.registerModule(new SimpleModule("text-without-control-characters")
        .addDeserializer(String.class, new TextWithoutControlCharacters()));
    return new MappingJackson2HttpMessageConverter(strict);
  }

  static final class TextWithoutControlCharacters extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (String) context.handleUnexpectedToken(String.class, parser);
      }
      String text = parser.getText();
      if (ControlCharacters.in(text)) {
        throw new ControlCharacters.InText(parser);
      }
      return text;
    }
  }
}
