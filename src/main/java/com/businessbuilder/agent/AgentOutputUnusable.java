package com.businessbuilder.agent;

/** The model kept answering in a shape that could not be used, after every re-ask. A technical failure. */
public class AgentOutputUnusable extends RuntimeException {

  private final String lastProblem;

  AgentOutputUnusable(String roleId, String task, int attempts, String lastProblem) {
    super("Agent " + roleId + " gave no usable answer for " + task + " after " + attempts + " attempts: "
        + lastProblem);
    this.lastProblem = lastProblem;
  }

  /** What was wrong with the last answer, as the model was told. */
  public String lastProblem() {
    return lastProblem;
  }
}
