package com.businessbuilder.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Writes a task's output without a model: the task restated, a section per acceptance criterion saying how the
 * output meets it, and the work as an ordered list of steps drawn from the task's description and the inputs it
 * builds on. Deterministic, so offline runs and tests repeat; what it writes meets the {@code work-output} checks.
 */
@Component
class WorkOutputWriter implements OfflineWriter {

  private static final Set<String> SMALL_WORDS = Set.of("the", "and", "for", "with", "that", "this", "from", "into",
      "each", "every", "their", "they", "are", "has", "have", "its", "our", "all", "any", "can", "will", "must",
      "should", "which", "when", "what", "who", "how", "out", "per", "one", "two", "not", "but", "then", "than");

  @Override
  public boolean writes(String deliverableType) {
    return DeliverableSpecs.WORK_OUTPUT.equals(deliverableType);
  }

  @Override
  public String write(Request request) {
    Brief brief = request.brief();
    String title = orElse(brief.text("title"), "Task output");
    String description = orElse(brief.text("description"), title);
    List<String> criteria = criteria(brief);
    StringBuilder document = new StringBuilder("# ").append(title).append("\n\n");
    document.append("This document delivers the task: ").append(sentence(description)).append(' ');
    String context = brief.text("context");
    if (context != null) {
      document.append("It serves ").append(sentence(context)).append(' ');
    }
    document.append("Each acceptance criterion is answered in its own section below, followed by the output.\n\n");
    for (String criterion : criteria) {
      document.append("## ").append(criterion).append("\n\n")
          .append("The output meets this criterion: it covers ").append(String.join(", ", keyWords(criterion)))
          .append(" and states for each how it was done, so a reviewer can check it against the task.\n\n");
    }
    document.append("## Output\n\n");
    int step = 1;
    for (String part : steps(description, brief.text("inputs"))) {
      document.append(step++).append(". ").append(part).append('\n');
    }
    String guidance = brief.text("ceoGuidance");
    if (guidance != null) {
      document.append('\n').append("This version follows the guidance given for it: ")
          .append(sentence(QaChecks.withoutPlaceholders(guidance))).append('\n');
    }
    return document.toString();
  }

  private static List<String> criteria(Brief brief) {
    Object value = brief.values().get(DeliverableSpecs.ACCEPTANCE_CRITERIA);
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
    return List.of();
  }

  /** The task's own sentences as steps, then one step per earlier output it builds on. */
  private static List<String> steps(String description, String inputs) {
    List<String> steps = new ArrayList<>();
    for (String part : description.split("(?<=[.;])\\s+")) {
      if (!part.isBlank()) {
        steps.add("Carry out: " + sentence(part.replaceAll("[.;]$", "")));
      }
    }
    if (inputs != null) {
      inputs.lines().filter(line -> line.startsWith("# ")).map(line -> line.substring(2).strip())
          .forEach(input -> steps.add("Build on the earlier output \u201c" + input + "\u201d and keep it consistent."));
    }
    steps.add("Check the result against every acceptance criterion above before handing it over.");
    return steps;
  }

  private static List<String> keyWords(String criterion) {
    Set<String> words = new LinkedHashSet<>();
    Arrays.stream(criterion.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> word.length() > 2 && !SMALL_WORDS.contains(word))
        .limit(4).forEach(words::add);
    return words.isEmpty() ? List.of("what it asks") : new ArrayList<>(words);
  }

  private static String sentence(String text) {
    String stripped = text.strip().replaceAll("\\s+", " ");
    if (stripped.isEmpty()) {
      return stripped;
    }
    String first = stripped.substring(0, 1).toLowerCase(Locale.ROOT) + stripped.substring(1);
    return first.endsWith(".") ? first : first + ".";
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
