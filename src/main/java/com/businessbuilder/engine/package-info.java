/**
 * The engine port: what the pipelines need from a workflow engine, with nothing of any engine in it. Feature code
 * starts runs, delivers messages, reads where a run stands and completes gates through {@link
 * com.businessbuilder.engine.ProcessRuns}; it learns about runs moving through {@link
 * com.businessbuilder.engine.RunProjection}s and about gates opening and closing through {@link
 * com.businessbuilder.engine.GateListener}s. The Camunda 7 adapter lives in {@code engine.camunda7}; a Zeebe adapter
 * would implement the same interfaces.
 */
package com.businessbuilder.engine;
