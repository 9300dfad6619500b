package com.businessbuilder.quality;

/** One objective check of a QA review and what it found. */
public record QaCheck(String name, boolean passed, String detail) {

  static QaCheck pass(String name, String detail) {
    return new QaCheck(name, true, detail);
  }

  static QaCheck fail(String name, String detail) {
    return new QaCheck(name, false, detail);
  }
}
