package com.businessbuilder.system.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prepares groups, grants and users once the engine is built and before the web server accepts requests; in the
 * {@code prod} profile it first refuses an insecure setup.
 */
@Component
class SecurityBootstrap implements SmartInitializingSingleton {

  static final String PRODUCTION_PROFILE = "prod";

  private static final Logger log = LoggerFactory.getLogger(SecurityBootstrap.class);

  private final SecuritySettings settings;
  private final Environment environment;
  private final ProductionGuard productionGuard;
  private final SystemAccount systemAccount;
  private final GroupGrants groupGrants;
  private final CeoApprovalsFilter ceoApprovals;
  private final DemoUsers demoUsers;
  private final Administrator administrator;

  SecurityBootstrap(SecuritySettings settings, Environment environment, ProductionGuard productionGuard,
      SystemAccount systemAccount, GroupGrants groupGrants, CeoApprovalsFilter ceoApprovals, DemoUsers demoUsers,
      Administrator administrator) {
    this.settings = settings;
    this.environment = environment;
    this.productionGuard = productionGuard;
    this.systemAccount = systemAccount;
    this.groupGrants = groupGrants;
    this.ceoApprovals = ceoApprovals;
    this.demoUsers = demoUsers;
    this.administrator = administrator;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (environment.matchesProfiles(PRODUCTION_PROFILE)) {
      productionGuard.check(settings);
    }
    systemAccount.ensure();
    groupGrants.ensure();
    ceoApprovals.ensure();
    if (settings.demoUsers()) {
      demoUsers.ensure();
    }
    SecuritySettings.Admin admin = settings.admin();
    if (admin.hasUsername() && admin.hasPassword()) {
      administrator.ensure(admin);
    } else if (admin.hasUsername() || admin.hasPassword()) {
      log.warn("bb.security.admin needs both a user name and a password; no administrator created");
    }
  }
}
