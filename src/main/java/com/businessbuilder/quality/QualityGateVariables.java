package com.businessbuilder.quality;

import com.businessbuilder.worker.WorkItem;

/** Reads the gate's counters with a message that names the variable when one is missing. */
final class QualityGateVariables {

  static int attempt(WorkItem item) {
    Integer attempt = item.integer(QualityGateProcess.Variables.ATTEMPT);
    if (attempt == null || attempt < 1) {
      throw new IllegalStateException("No version written yet (" + QualityGateProcess.Variables.ATTEMPT + " = "
          + attempt + ")");
    }
    return attempt;
  }

  private QualityGateVariables() {}
}
