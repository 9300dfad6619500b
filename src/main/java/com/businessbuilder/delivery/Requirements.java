package com.businessbuilder.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A won deal's scope as delivery's requirements: its sentences, each one thing to deliver. How we work (iterations,
 * reviews) is not a requirement, and a scope with nothing to split falls back to the needs.
 */
final class Requirements {

  static final int MAX = 8;

  private Requirements() {}

  static List<String> from(String scope, String needs) {
    List<String> requirements = sentences(scope);
    if (requirements.isEmpty()) {
      requirements = sentences(needs);
    }
    return requirements.isEmpty() ? List.of("Deliver the scope agreed in the contract") : requirements;
  }

  private static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null) {
      return sentences;
    }
    for (String sentence : text.replaceAll("\\s+", " ").split("(?<=[.!?])\\s+")) {
      String trimmed = sentence.strip().replaceAll("[.!?]+$", "");
      String lower = trimmed.toLowerCase(Locale.ROOT);
      if (trimmed.split(" ").length >= 4 && !lower.startsWith("we deliver it in iterations")
          && sentences.size() < MAX) {
        sentences.add(trimmed);
      }
    }
    return sentences;
  }
}
