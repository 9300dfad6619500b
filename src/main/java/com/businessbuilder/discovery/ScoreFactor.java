package com.businessbuilder.discovery;

/** One rule of the lead-scoring decision that matched: why it exists and the points it gave. */
record ScoreFactor(String factor, long points) {

  String asLine() {
    return (points >= 0 ? "+" : "") + points + "  " + factor;
  }
}
