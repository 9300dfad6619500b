package com.businessbuilder.approval;

import java.util.Map;

/**
 * What a gate shows.
 *
 * @param title what the gate is about in a few words, added to its name in task lists ("proposal for Acme
 *     Robotics"); null to take the pipeline's title ({@link PipelineTitles})
 * @param summary one line on what is decided, kept with the gate's record and put first in its description (null
 *     for none)
 * @param shown values the gate's form shows, never process data
 */
public record GateContent(String title, String summary, Map<String, Object> shown) {

  /** A form shows texts below the 4,000 characters a string variable keeps in its column. */
  public static final int MAX_SHOWN = 3_800;

  public GateContent {
    shown = Map.copyOf(shown);
  }

  /** What the gate shows, titled after its pipeline. */
  public GateContent(String summary, Map<String, Object> shown) {
    this(null, summary, shown);
  }

  public static GateContent summary(String summary) {
    return new GateContent(summary, Map.of());
  }

  /** The text as a form shows it: cut at {@link #MAX_SHOWN} characters, with where to read all of it. */
  public static String excerpt(String text, String whereTheFullTextIs) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    String more = "\n\n[… cut here; the full text: " + whereTheFullTextIs + "]";
    return text.substring(0, MAX_SHOWN - more.length()) + more;
  }
}
