package com.businessbuilder.worker;

/** How busy this application's worker is now, for people watching it (the operations page, metrics). */
public interface WorkerLoad {

  /** Handlers running at this moment (agent and service calls in flight). */
  int callsInFlight();

  /** How many handlers may run at once. */
  int capacity();

  /** Whether the worker fetches work (false while it is stopped or switched off). */
  boolean fetching();
}
