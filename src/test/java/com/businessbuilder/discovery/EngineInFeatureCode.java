package com.businessbuilder.discovery;

import org.camunda.bpm.engine.RuntimeService;

/** A feature class that reaches for the engine: what {@code ArchitectureTest} must catch. Never used. */
public class EngineInFeatureCode {

  RuntimeService runtime;
}
