package com.businessbuilder.dashboard;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline on the command center: its part of the funnel, the titles of its records and a page per record. Client
 * discovery (leads) and deal closing (deals) have one; service delivery (projects) and the business lifecycle
 * (initiatives) add theirs as a bean implementing this, and the home page, the gate list, the incidents and the
 * record pages pick them up with no change here. Implementations read their read-model tables in a fixed number of
 * queries, whatever the number of records.
 */
public interface PipelineBoard {

  /** The top-level process of the pipeline, as runs of it are kept in the read model ({@code bb_run.process_id}). */
  String processId();

  /** The pipeline as the CEO calls it: "Client discovery". */
  String name();

  /** The path segment of its record pages: {@code leads} gives {@code /pipelines/leads/<key>}. */
  String segment();

  /** What one record is called: "lead". */
  String recordName();

  /** The titles (a client's company, ...) of the records with these keys, in one query; unknown keys are left out. */
  Map<String, String> titles(Collection<String> keys);

  /** The pipeline's part of the funnel: one or more charts of counts. */
  List<FunnelSection> funnel();

  /** The record with this key, empty when the pipeline has none. */
  Optional<RecordPage> page(String key);

  default String path(String key) {
    return "/pipelines/" + segment() + "/" + key;
  }
}
