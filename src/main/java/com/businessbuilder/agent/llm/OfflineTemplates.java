package com.businessbuilder.agent.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The offline document for a free-text task that has no composer: {@code agents/offline/<task>.md} from the
 * classpath, with {@code {{name}}} placeholders filled from the question's inputs ("not known" where one is empty).
 */
final class OfflineTemplates {

  static final String FOLDER = "agents/offline/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
  private static final Pattern TASK_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  Optional<String> render(String task, Map<String, Object> inputs) {
    if (task == null || !TASK_NAME.matcher(task).matches()) {
      return Optional.empty();
    }
    ClassPathResource file = new ClassPathResource(FOLDER + task + ".md");
    if (!file.exists()) {
      return Optional.empty();
    }
    Matcher placeholder = PLACEHOLDER.matcher(read(file));
    StringBuilder document = new StringBuilder();
    while (placeholder.find()) {
      Object value = inputs.get(placeholder.group(1));
      String text = value == null || value.toString().isBlank() ? "not known" : value.toString();
      placeholder.appendReplacement(document, Matcher.quoteReplacement(text));
    }
    placeholder.appendTail(document);
    return Optional.of(document.toString());
  }

  private static String read(ClassPathResource file) {
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
