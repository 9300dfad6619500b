package com.businessbuilder.system.security;

import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code prod} profile insists on before it serves anyone: the administrator's credentials are set and
 * strong ({@link StrongPasswords}), and no demo user is created. The engine adapter adds what it finds in the
 * identity store (demo users still holding their demo passwords) and refuses the start with
 * {@link InsecureSetupException}.
 */
public final class ProductionGuard {

  public static final String PRODUCTION_PROFILE = "prod";

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
      StrongPasswords.weaknesses(admin.password(), admin.username()).forEach(weakness ->
          problems.add("the administrator's password (BB_ADMIN_PASSWORD) " + weakness));
    }
    return problems;
  }
}
