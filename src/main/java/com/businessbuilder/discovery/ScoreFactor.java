package com.businessbuilder.discovery;

import java.util.List;

/** One rule of the lead-scoring decision that matched: why it exists and the points it gave. */
record ScoreFactor(String factor, long points) {

  String asLine() {
    return (points >= 0 ? "+" : "") + points + "  " + factor;
  }

  static String asText(List<ScoreFactor> factors) {
    return factors.isEmpty() ? "No scoring rule matched"
        : String.join("\n", factors.stream().map(ScoreFactor::asLine).toList());
  }
}
