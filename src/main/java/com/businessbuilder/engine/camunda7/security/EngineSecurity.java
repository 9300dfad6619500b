package com.businessbuilder.engine.camunda7.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import com.businessbuilder.system.security.ProductionGuard;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The engine's own share of security: {@link SeparationOfDuties} checks every command in place of the plain
 * authorization checker, and a wrong password no longer locks the account (anyone could lock the CEO out by
 * guessing); failed sign-ins are slowed per client address before they reach the engine instead. In the
 * {@code prod} profile every password set in the engine follows {@link StrongPasswordPolicy}.
 */
@Component
class EngineSecurity extends AbstractProcessEnginePlugin {

  private final Environment environment;

  EngineSecurity(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCommandCheckers(List.of(new TenantCommandChecker(), new SeparationOfDuties()));
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
    if (environment.matchesProfiles(ProductionGuard.PRODUCTION_PROFILE)) {
      configuration.setEnablePasswordPolicy(true);
      configuration.setPasswordPolicy(new StrongPasswordPolicy());
    }
  }
}
