package com.businessbuilder.engine.camunda7.guard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link ModelGuard} before the engine's own deployers, so it sees every new deployment's resources before
 * the BPMN, DMN and form deployers parse them and before a timer start event's job is created.
 */
@Component
class ModelGuardPlugin extends AbstractProcessEnginePlugin {

  private final ModelGuard guard;

  ModelGuardPlugin(ModelGuard guard) {
    this.guard = guard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    deployers.add(guard);
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(deployers);
  }
}
