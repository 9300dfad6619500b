package com.businessbuilder.quality;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * What QA expects of one deliverable type: the parts it must have and its length in words. The producer's prompt
 * states the same expectations ({@link #form()}), so the writer knows what it is checked against.
 *
 * @param form how a document of this type is laid out, in words the producer and the QA agent both read
 */
record DeliverableSpec(String type, String form, List<Part> parts, int minWords, int maxWords) {

  /**
   * A part the document must have.
   *
   * @param hint what the producer should add when the part is missing
   * @param present whether the content has it, given the brief
   */
  record Part(String name, String hint, BiPredicate<String, Brief> present) {}

  String partNames() {
    return parts.isEmpty() ? "none beyond the facts" : String.join(", ", parts.stream().map(Part::name).toList());
  }
}
