package com.businessbuilder.engine;

/** A gate's decision refused: the field to correct and what is wrong with it, as the person sees it. */
public class GateRefused extends RuntimeException {

  private final String field;

  public GateRefused(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
