package com.businessbuilder.system.security;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an {@link InsecureSetupException} in Spring Boot's start-up failure report, without a stack trace. */
class InsecureSetupFailureAnalyzer extends AbstractFailureAnalyzer<InsecureSetupException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InsecureSetupException cause) {
    String problems = cause.problems().stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n"));
    return new FailureAnalysis(
        "Business Builder refuses to start with the prod profile:\n" + problems,
        "Set BB_ADMIN_USER and BB_ADMIN_PASSWORD (at least " + StrongPasswords.MIN_LENGTH
            + " characters and hard to guess: a few unrelated words, or a password manager's random password),"
            + " keep bb.security.demo-users=false, and delete the demo users or give them real passwords.",
        cause);
  }
}
