package com.businessbuilder.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs of the company's processes, as the pipelines drive them. Every run carries its pipeline's correlation key (a
 * lead's or a deal's id): messages are delivered by it, and the runs a run calls carry it too.
 */
public interface ProcessRuns {

  /** The variable every run carries its pipeline's key in; call activities pass it on to the runs they call. */
  String CORRELATION_KEY = "correlationKey";

  /**
   * Starts a run of the latest release of a process, in the caller's transaction.
   *
   * @return the run's id
   */
  String start(String processId, String correlationKey, Map<String, Object> variables);

  /**
   * Delivers a message to the run of the pipeline that waits for it, in the caller's transaction.
   *
   * @throws RunNotWaiting when no run of the pipeline waits for this message now
   */
  void correlate(String message, String correlationKey, Map<String, Object> variables);

  /**
   * Runs {@code work} (the caller's own writes and its calls on runs, such as {@link #correlate}) in one transaction.
   * When a run it touches was changed at the same moment (the worker completing one of its tasks), the transaction
   * is rolled back and the work runs again, a few times: a caller never sees the engine's conflict.
   *
   * @throws RunBusy when the run was changed at every attempt
   */
  void inOneTransaction(Runnable work);

  /** Where a run stands, from the read model (never from engine history). */
  Optional<RunState> state(String runId);

  /** The gates of the pipeline that wait for a person's decision, oldest first. */
  List<Gate> openGates(String correlationKey);

  /**
   * Completes a gate with the decision's variables, as the person it is meant for.
   *
   * @throws GateRefused when the gate's checks refuse the decision (the gate stays open)
   * @throws NoSuchGate when there is no open gate with this id
   */
  void completeGate(String gateId, Map<String, Object> variables);

  /** A gate that waits for a decision. */
  record Gate(String id, String key, String name, String runId) {}

  /** The run was changed by someone else at every attempt; the same request may be sent again in a moment. */
  class RunBusy extends RuntimeException {
    public RunBusy(RuntimeException lastConflict) {
      super("The run was busy: " + lastConflict.getMessage(), lastConflict);
    }
  }

  /** No open gate has this id (completed already, or never existed). */
  class NoSuchGate extends RuntimeException {
    public NoSuchGate(String gateId) {
      super("No open gate " + gateId);
    }
  }
}
