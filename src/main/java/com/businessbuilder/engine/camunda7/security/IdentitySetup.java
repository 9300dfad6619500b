package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.InsecureSetupException;
import com.businessbuilder.system.security.ProductionGuard;
import com.businessbuilder.system.security.SecuritySettings;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prepares groups, grants and users in the engine's identity store once the engine is built and before the web
 * server accepts requests; in the {@code prod} profile it first refuses an insecure setup.
 */
@Component
class IdentitySetup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  private final SecuritySettings settings;
  private final Environment environment;
  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final SystemAccount systemAccount;
  private final GroupGrants groupGrants;
  private final CeoApprovalsFilter ceoApprovals;
  private final DemoUsers demoUsers;
  private final Administrator administrator;

  IdentitySetup(SecuritySettings settings, Environment environment, ProcessEngine engine,
      SystemAccount systemAccount, GroupGrants groupGrants, CeoApprovalsFilter ceoApprovals, DemoUsers demoUsers,
      Administrator administrator) {
    this.settings = settings;
    this.environment = environment;
    this.identity = engine.getIdentityService();
    this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.systemAccount = systemAccount;
    this.groupGrants = groupGrants;
    this.ceoApprovals = ceoApprovals;
    this.demoUsers = demoUsers;
    this.administrator = administrator;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (environment.matchesProfiles(ProductionGuard.PRODUCTION_PROFILE)) {
      List<String> problems = new ArrayList<>(ProductionGuard.configurationProblems(settings));
      problems.addAll(demoUsersWithDemoPasswords());
      if (!problems.isEmpty()) {
        throw new InsecureSetupException(problems);
      }
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

  private List<String> demoUsersWithDemoPasswords() {
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
