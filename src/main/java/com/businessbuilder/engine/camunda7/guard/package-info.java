/**
 * The model guard: deploying a model runs code in the engine, so every new deployment, at run time or the
 * application's release, passes it first (docs/model-guard.md). Part of the Camunda 7 adapter.
 */
package com.businessbuilder.engine.camunda7.guard;
