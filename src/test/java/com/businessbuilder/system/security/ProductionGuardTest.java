package com.businessbuilder.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class ProductionGuardTest {

  static final SecuritySettings.SignIn SIGN_IN = new SecuritySettings.SignIn(10, java.time.Duration.ofMinutes(1));

  @Test
  void strongAdministratorWithoutDemoUsersPasses() {
    assertThat(problems(false, "boss", "violet-harbour-engine-42")).isEmpty();
  }

  @Test
  void demoUsersAreRefused() {
    assertThat(problems(true, "boss", "violet-harbour-engine-42")).singleElement().asString().contains("demo-users");
  }

  @Test
  void missingAdministratorIsRefused() {
    assertThat(problems(false, "", null)).hasSize(2)
        .anyMatch(problem -> problem.contains("BB_ADMIN_USER"))
        .anyMatch(problem -> problem.contains("BB_ADMIN_PASSWORD"));
  }

  @Test
  void weakPasswordsAreRefused() {
    assertThat(problems(false, "boss", "camunda")).anyMatch(problem -> problem.contains("shorter than 12"));
    for (String guessable : List.of("aaaaaaaaaaaa", "qwertyuiop12", "Password1234", "adminadmin12",
        "Administrator", "bossboss2026")) {
      assertThat(problems(false, "boss", guessable)).as(guessable)
          .singleElement().asString().contains("BB_ADMIN_PASSWORD", "too easy to guess");
    }
    assertThat(problems(false, "mariagonzalez", "mariagonzalez1")).as("the user's own name")
        .anyMatch(problem -> problem.contains("too easy to guess"));
  }

  @Test
  void passphrasesAndRandomPasswordsPass() {
    for (String strong : List.of("purple-monkey-dishwasher-42", "zR7qLm2vX9pT4sWk", "Tr0ub4dor&3x!")) {
      assertThat(problems(false, "boss", strong)).as(strong).isEmpty();
    }
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
    assertThat(new SecuritySettings(false, new SecuritySettings.Admin("boss", "violet-harbour-engine-42"), SIGN_IN).toString())
        .doesNotContain("violet-harbour-engine-42");
  }

  private static List<String> problems(boolean demoUsers, String user, String password) {
    return ProductionGuard.configurationProblems(
        new SecuritySettings(demoUsers, new SecuritySettings.Admin(user, password), SIGN_IN));
  }
}
