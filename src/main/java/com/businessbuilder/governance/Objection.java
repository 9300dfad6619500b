package com.businessbuilder.governance;

/**
 * An affected role's objection to a revision of a proposal, valid only against one of the two criteria.
 *
 * @param roleId the role whose agent objects
 */
record Objection(String tensionId, int revision, String roleId, Criterion criterion, String reason) {

  /**
   * HARM: adopting the proposal would cause harm (a role loses its means to do its work, two roles would control one
   * domain). BACKWARDS: it moves the company backwards (something the company was accountable for would be held by no
   * role). Preferences and better ideas are not objections.
   */
  enum Criterion { HARM, BACKWARDS }

  String describe() {
    return roleId + " (" + criterion.name().toLowerCase(java.util.Locale.ROOT) + "): " + reason;
  }
}
