package com.businessbuilder.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The request prompts, one versioned template per task under {@code agents/prompts/<task>.md}, with
 * {@code {{name}}} placeholders filled from the assignment's inputs ("not known" where an input is empty).
 */
@Component
class PromptTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

  private final Map<String, String> templates = new ConcurrentHashMap<>();

  String render(String task, Map<String, Object> inputs) {
    String template = templates.computeIfAbsent(task, PromptTemplates::load);
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder prompt = new StringBuilder();
    while (placeholder.find()) {
      Object value = inputs.get(placeholder.group(1));
      String text = value == null || value.toString().isBlank() ? "not known" : value.toString();
      placeholder.appendReplacement(prompt, Matcher.quoteReplacement(text));
    }
    placeholder.appendTail(prompt);
    return prompt.toString();
  }

  private static String load(String task) {
    ClassPathResource file = new ClassPathResource("agents/prompts/" + task + ".md");
    if (!file.exists()) {
      throw new IllegalStateException("No prompt template agents/prompts/" + task + ".md for task '" + task + "'");
    }
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
