package com.businessbuilder.approval;

import java.util.Optional;

/**
 * Names what a pipeline is about in a few words, so the CEO tells its gates apart in Tasklist: "Acme Software GmbH
 * (HOT, 140)", "Acme Robotics, EUR 30,000". A pipeline implements it for its own correlation keys.
 */
public interface PipelineTitles {

  /** The title of the pipeline with this key, empty when the key is not one of this pipeline's. */
  Optional<String> title(String correlationKey);
}
