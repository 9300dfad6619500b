package com.businessbuilder.engine.camunda7;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The DMN engine of the application's process engine: Camunda's defaults (FEEL for input expressions, input entries
 * and output entries, as the tables in {@code dmn/} are written), with a FEEL engine that parses every expression
 * once ({@link ParsedFeelEngine}) instead of at every evaluation. The engine adds its history and metrics listeners
 * to this configuration as it does to its default one.
 */
@Component
public class DecisionEngineSetup extends AbstractProcessEnginePlugin {

  /**
   * A DMN engine configuration as the application's engine uses it; tests and benchmarks build their stand-alone
   * DMN engines from it, so they evaluate the tables the way the application does.
   */
  public static DefaultDmnEngineConfiguration dmnEngineConfiguration() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ParsedFeel(configuration));
    return configuration;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDmnEngineConfiguration(dmnEngineConfiguration());
  }

  /** Creates the FEEL engine when the DMN engine is built, with the custom functions configured by then. */
  private record ParsedFeel(DefaultDmnEngineConfiguration configuration) implements FeelEngineFactory {

    @Override
    public FeelEngine createInstance() {
      return new ParsedFeelEngine(configuration.getFeelCustomFunctionProviders());
    }
  }
}
