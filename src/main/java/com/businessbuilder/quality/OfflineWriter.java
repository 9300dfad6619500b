package com.businessbuilder.quality;

/**
 * Writes deliverables without a model, so the whole gate runs offline. {@link TemplateWriter} writes every type
 * from a template; a writer for a particular type takes precedence over it.
 */
interface OfflineWriter {

  boolean writes(String deliverableType);

  /** The document; a revision gets the previous content and the instructions the version is written to. */
  String write(Request request);

  /**
   * @param version the version to write, 1 for the first draft
   * @param previousContent {@code null} for the first draft
   * @param instructions QA feedback and CEO guidance for a revision, {@code null} for the first draft
   */
  record Request(String deliverableType, Brief brief, int version, String previousContent, String instructions) {}
}
