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
        "Set BB_ADMIN_USER and BB_ADMIN_PASSWORD (at least " + ProductionGuard.MIN_PASSWORD_LENGTH
            + " characters, not the user name, not a default password), keep bb.security.demo-users=false, and"
            + " delete the demo users or give them real passwords.",
        cause);
  }
}
