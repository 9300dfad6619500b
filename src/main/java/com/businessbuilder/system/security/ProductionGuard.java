package com.businessbuilder.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/** What the {@code prod} profile insists on before it serves anyone. */
@Component
class ProductionGuard {

  static final int MIN_PASSWORD_LENGTH = 12;

  static final Set<String> DEFAULT_PASSWORDS = Set.of(
      "admin", "administrator", "password", "passw0rd", "demo", "camunda", "changeme", "change-me", "secret",
      "letmein", "welcome", "default", "test", "qwerty", "123456", "12345678", "123456789", "1234567890",
      "123456789012", "admin123", "password123", "password1234", "adminadmin12");

  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  ProductionGuard(IdentityService identity, ProcessEngine engine) {
    this.identity = identity;
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  void check(SecuritySettings settings) {
    List<String> problems = new ArrayList<>(configurationProblems(settings));
    problems.addAll(demoUsersWithDefaultPasswords());
    if (!problems.isEmpty()) {
      throw new InsecureSetupException(problems);
    }
  }

  static List<String> configurationProblems(SecuritySettings settings) {
    List<String> problems = new ArrayList<>();
    if (settings.demoUsers()) {
      problems.add("bb.security.demo-users is true; the prod profile never creates the demo users");
    }
    SecuritySettings.Admin admin = settings.admin();
    if (!admin.hasUsername()) {
      problems.add("the administrator's user name is missing (set BB_ADMIN_USER)");
    }
    if (!admin.hasPassword()) {
      problems.add("the administrator's password is missing (set BB_ADMIN_PASSWORD)");
    } else {
      String password = admin.password();
      if (password.length() < MIN_PASSWORD_LENGTH) {
        problems.add("the administrator's password (BB_ADMIN_PASSWORD) is shorter than " + MIN_PASSWORD_LENGTH
            + " characters");
      }
      if (admin.hasUsername() && password.equalsIgnoreCase(admin.username())) {
        problems.add("the administrator's password (BB_ADMIN_PASSWORD) equals the user name");
      }
      if (DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
        problems.add("the administrator's password (BB_ADMIN_PASSWORD) is a well-known default password");
      }
    }
    return problems;
  }

  private List<String> demoUsersWithDefaultPasswords() {
    return DemoUsers.ALL.stream()
        .map(DemoUsers.DemoUser::id)
        .filter(this::stillHasDemoPassword)
        .map(id -> "demo user '" + id + "' still exists with its demo password")
        .toList();
  }

  /**
   * Compares the stored hash instead of calling {@code identityService.checkPassword}: a failed check counts as
   * a failed login, so a real user who happens to be called "ceo" would be locked out after a few restarts.
   */
  private boolean stillHasDemoPassword(String userId) {
    if (!(identity.createUserQuery().userId(userId).singleResult() instanceof UserEntity user)
        || user.getPassword() == null) {
      return false;
    }
    return engineConfiguration.getPasswordManager()
        .check(EncryptionUtil.saltPassword(userId, user.getSalt()), user.getPassword());
  }
}
