package com.businessbuilder.approval;

import com.businessbuilder.engine.GateListener.GateEvent;

/**
 * Prepares what a CEO gate shows when it opens: the document or the terms to decide on, as values only this gate
 * sees, and a one-line summary kept with the gate's record. A pipeline implements it for its own gates.
 */
public interface PreparesGate {

  /** Whether this prepares the gate (by its process and element). */
  boolean prepares(GateEvent gate);

  GateContent prepare(GateEvent gate);
}
