package com.businessbuilder.engine.camunda7.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.springframework.stereotype.Component;

/**
 * The engine's own share of security: {@link SeparationOfDuties} checks every command in place of the plain
 * authorization checker, and a wrong password no longer locks the account (anyone could lock the CEO out by
 * guessing); failed sign-ins are slowed per client address before they reach the engine instead.
 */
@Component
class EngineSecurity extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCommandCheckers(List.of(new TenantCommandChecker(), new SeparationOfDuties()));
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
  }
}
