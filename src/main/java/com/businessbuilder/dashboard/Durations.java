package com.businessbuilder.dashboard;

import java.time.Duration;

/** Durations as a person reads them: "3 d 4 h", "2 h 5 min", "4 min", "just now". */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
    if (duration == null || duration.isNegative() || duration.toMinutes() < 1) {
      return "just now";
    }
    long days = duration.toDays();
    long hours = duration.toHoursPart();
    long minutes = duration.toMinutesPart();
    if (days > 0) {
      return days + " d" + (hours > 0 ? " " + hours + " h" : "");
    }
    if (hours > 0) {
      return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
    }
    return minutes + " min";
  }
}
