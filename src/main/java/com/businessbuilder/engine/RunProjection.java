package com.businessbuilder.engine;

/**
 * A pipeline's own view of its runs: told, in the transaction that moved a run of {@link #processId()}, where the
 * run stands now, so the pipeline keeps its entity (a lead, a deal) in step with its run and its views read one
 * table. Implementations write their own tables only and must not call the engine.
 */
public interface RunProjection {

  /** The top-level process whose runs this projects. */
  String processId();

  void project(RunState state);
}
