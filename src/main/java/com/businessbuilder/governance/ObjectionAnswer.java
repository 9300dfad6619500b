package com.businessbuilder.governance;

import jakarta.validation.constraints.Size;

/**
 * An affected role's answer to a proposal: no objection, or an objection against one criterion with its reason.
 */
record ObjectionAnswer(boolean objects, Objection.Criterion criterion, @Size(max = 2000) String reason) {

  static final ObjectionAnswer NONE = new ObjectionAnswer(false, null, null);

  /** An objection must name its criterion and say what it harms or where it moves backwards. */
  java.util.List<String> problems() {
    if (!objects) {
      return java.util.List.of();
    }
    java.util.List<String> problems = new java.util.ArrayList<>();
    if (criterion == null) {
      problems.add("an objection needs its criterion: HARM or BACKWARDS; without one it is not an objection");
    }
    if (reason == null || reason.isBlank()) {
      problems.add("an objection needs its reason: what the proposal harms, or what would be held by no role");
    }
    return problems;
  }
}
