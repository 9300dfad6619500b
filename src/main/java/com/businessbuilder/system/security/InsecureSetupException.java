package com.businessbuilder.system.security;

import java.util.List;

/** The {@code prod} profile was started with demo users or weak administrator credentials. */
public class InsecureSetupException extends RuntimeException {

  private final List<String> problems;

  public InsecureSetupException(List<String> problems) {
    super("The prod profile refuses to start: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
