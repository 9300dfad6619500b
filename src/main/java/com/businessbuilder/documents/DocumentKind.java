package com.businessbuilder.documents;

import java.util.Locale;

/** What a stored client document is. */
public enum DocumentKind {
  PROPOSAL, CONTRACT,
  /** The contract as signed by both sides, as the e-signature service returned it. */
  COUNTERSIGNED,
  /** What a project delivered: the task outputs compiled for the client. */
  DELIVERABLE;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static DocumentKind of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
