package com.businessbuilder.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class ProductionGuardTest {

  @Test
  void strongAdministratorWithoutDemoUsersPasses() {
    assertThat(problems(false, "boss", "correct-horse-battery")).isEmpty();
  }

  @Test
  void demoUsersAreRefused() {
    assertThat(problems(true, "boss", "correct-horse-battery")).singleElement().asString().contains("demo-users");
  }

  @Test
  void missingAdministratorIsRefused() {
    assertThat(problems(false, "", null)).hasSize(2)
        .anyMatch(problem -> problem.contains("BB_ADMIN_USER"))
        .anyMatch(problem -> problem.contains("BB_ADMIN_PASSWORD"));
  }

  @Test
  void weakPasswordsAreRefused() {
    assertThat(problems(false, "boss", "camunda")).anyMatch(problem -> problem.contains("shorter than 12"))
        .anyMatch(problem -> problem.contains("default password"));
    assertThat(problems(false, "administrator", "Administrator")).anyMatch(p -> p.contains("equals the user name"));
    assertThat(problems(false, "boss", "Password1234")).anyMatch(p -> p.contains("default password"));
  }

  @Test
  void failureReportNamesEveryProblemAndTheRemedy() {
    InsecureSetupException insecure = new InsecureSetupException(List.of("first problem", "second problem"));

    FailureAnalysis analysis = new InsecureSetupFailureAnalyzer()
        .analyze(new BeanCreationException("securityBootstrap", "failed", insecure));

    assertThat(analysis.getDescription()).contains("prod profile", "  - first problem", "  - second problem");
    assertThat(analysis.getAction()).contains("BB_ADMIN_USER", "BB_ADMIN_PASSWORD");
  }

  @Test
  void adminPasswordNeverShowsInTheSettings() {
    assertThat(new SecuritySettings(false, new SecuritySettings.Admin("boss", "correct-horse-battery")).toString())
        .doesNotContain("correct-horse-battery");
  }

  private static List<String> problems(boolean demoUsers, String user, String password) {
    return ProductionGuard.configurationProblems(
        new SecuritySettings(demoUsers, new SecuritySettings.Admin(user, password)));
  }
}
