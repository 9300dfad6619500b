package com.businessbuilder.lifecycle;

import java.util.HashMap;
import java.util.Map;

/** What every agent working on an initiative is told about it: the goal and what bounds it. */
final class InitiativeFacts {

  private InitiativeFacts() {}

  static Map<String, Object> of(Initiative initiative) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("goal", initiative.goal());
    facts.put("constraints", initiative.constraints().isEmpty() ? "None given."
        : String.join("\n", initiative.constraints().stream().map(c -> "- " + c).toList()));
    facts.put("budget", initiative.currency() + " " + initiative.budget().stripTrailingZeros().toPlainString());
    facts.put("deadline", initiative.deadline().toString());
    return facts;
  }
}
