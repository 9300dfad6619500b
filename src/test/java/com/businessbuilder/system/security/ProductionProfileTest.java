package com.businessbuilder.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.businessbuilder.BusinessBuilderApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application with the {@code prod} profile, next to the other tests' shared context in the same JVM.
 * Each start gets its own database and its own engine name (engines are registered JVM-wide by name: closing one
 * called "default" would take the engine away from the shared context), and runs without the webapps (their
 * starter keeps a static reference to the context, which a failed start leaves pointing at a dead one).
 */
class ProductionProfileTest {

  static final String STRONG_ADMIN_PASSWORD = "violet-harbour-engine-42";

  @Test
  void refusesToStartWithDemoUsers() {
    assertThatThrownBy(() -> start(freshDatabase(), "prod", "--bb.security.demo-users=true",
        "--bb.security.admin.username=boss", "--bb.security.admin.password=" + STRONG_ADMIN_PASSWORD))
        .satisfies(failure -> assertThat(insecureSetup(failure).problems())
            .singleElement().asString().contains("bb.security.demo-users"));
  }

  @Test
  void refusesAWeakAdministratorPassword() {
    assertThatThrownBy(() -> start(freshDatabase(), "prod",
        "--bb.security.admin.username=boss", "--bb.security.admin.password=camunda"))
        .satisfies(failure -> assertThat(insecureSetup(failure).getMessage())
            .contains("BB_ADMIN_PASSWORD", "shorter than 12"));
  }

  @Test
  void refusesToStartWithoutAnAdministrator() {
    assertThatThrownBy(() -> start(freshDatabase(), "prod"))
        .satisfies(failure -> assertThat(insecureSetup(failure).getMessage())
            .contains("BB_ADMIN_USER", "BB_ADMIN_PASSWORD"));
  }

  @Test
  void refusesToStartWhileADemoUserKeepsItsDemoPassword() {
    String database = freshDatabase();
    start(database, null).close();

    assertThatThrownBy(() -> start(database, "prod",
        "--bb.security.admin.username=boss", "--bb.security.admin.password=" + STRONG_ADMIN_PASSWORD))
        .satisfies(failure -> assertThat(insecureSetup(failure).problems())
            .contains("demo user 'ceo' still exists with its demo password",
                "demo user 'api' still exists with its demo password"));
  }

  @Test
  void startsWithAStrongIdentityAdministratorAndHoldsEveryPasswordToThePolicy() {
    try (ConfigurableApplicationContext app = start(freshDatabase(), "prod",
        "--bb.security.admin.username=boss", "--bb.security.admin.password=" + STRONG_ADMIN_PASSWORD)) {
      IdentityService identity = app.getBean(IdentityService.class);

      assertThat(identity.checkPassword("boss", STRONG_ADMIN_PASSWORD)).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(BusinessGroups.IDENTITY_ADMINS).userId("boss").count())
          .isOne();
      assertThat(identity.createUserQuery().memberOfGroup(BusinessGroups.OPERATORS).userId("boss").count())
          .isZero();
      assertThat(identity.createUserQuery().userIdIn("ceo", "operator", "owner", "api", "admin").count()).isZero();

      User weak = identity.newUser("newceo");
      weak.setPassword("qwertyuiop12");
      assertThatThrownBy(() -> identity.saveUser(weak)).hasMessageContaining("Password does not match policy");
      User strong = identity.newUser("newceo");
      strong.setPassword("purple-monkey-dishwasher-42");
      identity.saveUser(strong);
      assertThat(identity.checkPassword("newceo", "purple-monkey-dishwasher-42")).isTrue();
    }
  }

  private static String freshDatabase() {
    return "jdbc:h2:mem:bb-prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private static ConfigurableApplicationContext start(String database, String extraProfile, String... args) {
    List<String> arguments = new ArrayList<>(List.of(args));
    arguments.add("--spring.datasource.url=" + database);
    arguments.add("--server.port=0");
    arguments.add("--server.address=127.0.0.1");
    // engine names must not contain hyphens, or the starter falls back to "default"
    arguments.add("--camunda.bpm.process-engine-name=prodcheck" + UUID.randomUUID().toString().replace("-", ""));
    arguments.add("--spring.jmx.enabled=false");
    arguments.add("--camunda.bpm.webapp.enabled=false");
    String[] profiles = extraProfile == null ? new String[] {"test"} : new String[] {"test", extraProfile};
    return new SpringApplicationBuilder(BusinessBuilderApplication.class)
        .profiles(profiles)
        .run(arguments.toArray(String[]::new));
  }

  private static InsecureSetupException insecureSetup(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InsecureSetupException insecure) {
        return insecure;
      }
    }
    return fail("expected an InsecureSetupException, got " + failure);
  }
}
