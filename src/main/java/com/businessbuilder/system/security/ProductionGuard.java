package com.businessbuilder.system.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the {@code prod} profile insists on before it serves anyone: the administrator's credentials are set and
 * strong, and no demo user is created. The engine adapter adds what it finds in the identity store (demo users
 * still holding their demo passwords) and refuses the start with {@link InsecureSetupException}.
 */
public final class ProductionGuard {

  public static final String PRODUCTION_PROFILE = "prod";

  static final int MIN_PASSWORD_LENGTH = 12;

  static final Set<String> DEFAULT_PASSWORDS = Set.of(
      "admin", "administrator", "password", "passw0rd", "demo", "camunda", "changeme", "change-me", "secret",
      "letmein", "welcome", "default", "test", "qwerty", "123456", "12345678", "123456789", "1234567890",
      "123456789012", "admin123", "password123", "password1234", "adminadmin12");

  private ProductionGuard() {}

  /** The problems of the settings alone; empty when they are fit for production. */
  public static List<String> configurationProblems(SecuritySettings settings) {
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
}
