package com.businessbuilder.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart of the funnel: how many records stand where ("Leads by status", "Deals by stage").
 *
 * @param id a stable id, used by the page and its tests
 * @param title what the chart shows
 * @param counts the bars in the pipeline's order, empty ones included
 */
public record FunnelSection(String id, String title, Map<String, Long> counts) {

  public FunnelSection {
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Counts in the order of {@code order}, with missing entries as zero and unexpected ones after them.
   */
  public static FunnelSection ordered(String id, String title, List<String> order, Map<String, Long> found) {
    Map<String, Long> counts = new LinkedHashMap<>();
    order.forEach(key -> counts.put(key, found.getOrDefault(key, 0L)));
    found.forEach(counts::putIfAbsent);
    return new FunnelSection(id, title, counts);
  }
}
