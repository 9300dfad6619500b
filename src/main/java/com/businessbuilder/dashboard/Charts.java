package com.businessbuilder.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ECharts options built on the server and handed to the page as JSON in a {@code data-chart} attribute; the page's
 * script only passes them to ECharts. No chart is drawn by code of ours.
 */
@Component
class Charts {

  private static final String BLUE = "#0b5cad";

  private final ObjectMapper json;

  Charts(ObjectMapper json) {
    this.json = json;
  }

  /** Horizontal bars, one per label, in the given order (a funnel reads top-down). */
  String bars(Map<String, ? extends Number> values) {
    List<String> labels = new java.util.ArrayList<>(values.keySet());
    java.util.Collections.reverse(labels);
    List<Number> data = labels.stream().<Number>map(values::get).toList();
    return write(Map.of(
        "animation", false,
        "grid", Map.of("left", 8, "right", 40, "top", 8, "bottom", 8, "containLabel", true),
        "tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")),
        "xAxis", Map.of("type", "value", "minInterval", 1),
        "yAxis", Map.of("type", "category", "data", labels.stream().map(Charts::words).toList()),
        "series", List.of(Map.of("type", "bar", "data", data, "itemStyle", Map.of("color", BLUE),
            "label", Map.of("show", true, "position", "right")))));
  }

  /** Vertical bars with a category axis (a distribution, spend per day). */
  String columns(List<String> labels, List<? extends Number> values, String name) {
    return write(Map.of(
        "animation", false,
        "grid", Map.of("left", 8, "right", 8, "top", 24, "bottom", 8, "containLabel", true),
        "tooltip", Map.of("trigger", "axis"),
        "xAxis", Map.of("type", "category", "data", labels),
        "yAxis", Map.of("type", "value", "name", name),
        "series", List.of(Map.of("type", "bar", "name", name, "data", values, "itemStyle",
            Map.of("color", BLUE)))));
  }

  private static String words(String label) {
    String spaced = label.replace('_', ' ').toLowerCase();
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private String write(Object option) {
    try {
      return json.writeValueAsString(option);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a chart's options", e);
    }
  }
}
