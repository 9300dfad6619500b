package com.businessbuilder.engine.camunda7;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What of the engine's history is written ({@code bb.history.*}). The history level stays {@code full}: the engine
 * produces every history event, the read model is kept from them, and the database's history level does not change.
 *
 * @param writes {@code lean} (default): what Business Builder, Cockpit and Tasklist read; {@code full}: everything
 *     history level full writes
 */
@ConfigurationProperties("bb.history")
record HistoryProperties(@DefaultValue("lean") Writes writes) {

  enum Writes {
    /**
     * Process instances, the instances of every activity, user tasks with their candidates, incidents, decisions
     * with their inputs and outputs, user operations, jobs and batches; not variables and their changes, nor the
     * external-task log.
     */
    LEAN,
    /** Everything the engine's history level full writes. */
    FULL
  }
}
