package com.businessbuilder.engine;

/**
 * How much work waits in the engine for workers: counted by the engine in a few queries, whatever the number of
 * runs.
 */
public interface EngineLoad {

  Backlog backlog();

  /**
   * @param waiting tasks ready for a worker and not locked by one
   * @param locked tasks a worker holds now
   * @param retrying tasks that failed and will be offered again (retries left)
   * @param exhausted tasks out of retries: each one an incident until an operator retries it
   */
  record Backlog(long waiting, long locked, long retrying, long exhausted) {}
}
