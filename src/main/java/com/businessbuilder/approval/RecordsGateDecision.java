package com.businessbuilder.approval;

import com.businessbuilder.engine.GateListener.GateEvent;
import com.businessbuilder.engine.GateRefused;

/**
 * Acts on a CEO's decision at a gate before the run moves on, in the same transaction: files what the CEO
 * uploaded, for instance. Throwing {@link GateRefused} refuses the decision and leaves the gate open.
 */
public interface RecordsGateDecision {

  /** Whether this acts on the gate (by its process and element). */
  boolean records(GateEvent gate);

  void decided(GateEvent gate, ApprovalDecision decision);
}
