package com.businessbuilder.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording's execution samples of the application's threads: where they were (the top frame's
 * method) and how many of them had a component anywhere on their stack.
 */
final class ProfileSummary {

  /** Components, by the packages that are theirs; a sample counts for each component on its stack. */
  static final Map<String, Predicate<String>> COMPONENTS = components();

  private ProfileSummary() {}

  static Map<String, Object> of(Path recording, int top) throws IOException {
    Map<String, Long> methods = new LinkedHashMap<>();
    Map<String, Long> components = new LinkedHashMap<>();
    COMPONENTS.keySet().forEach(name -> components.put(name, 0L));
    long samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
          || isClient(event)) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      methods.merge(name(frames.get(0)), 1L, Long::sum);
      COMPONENTS.forEach((component, matches) -> {
        if (frames.stream().anyMatch(frame -> matches.test(type(frame)))) {
          components.merge(component, 1L, Long::sum);
        }
      });
    }
    long total = samples;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("samples", total);
    summary.put("topMethods", methods.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top).map(e -> Map.of("method", e.getKey(), "share", share(e.getValue(), total))).toList());
    summary.put("components", components.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> Map.of("component", e.getKey(), "share", share(e.getValue(), total))).toList());
    return summary;
  }

  private static boolean isClient(RecordedEvent event) {
    var thread = event.getThread("sampledThread");
    String name = thread == null ? null : thread.getJavaName();
    return name != null && (name.startsWith("bench-") || name.startsWith("HttpClient-"));
  }

  private static String type(RecordedFrame frame) {
    return frame.getMethod() == null || frame.getMethod().getType() == null ? ""
        : frame.getMethod().getType().getName();
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod() == null ? "?" : type(frame) + "." + frame.getMethod().getName();
  }

  private static String share(long count, long total) {
    return String.format(Locale.ROOT, "%.1f %%", total == 0 ? 0.0 : 100.0 * count / total);
  }

  private static Map<String, Predicate<String>> components() {
    Map<String, Predicate<String>> components = new LinkedHashMap<>();
    components.put("DMN and FEEL (org.camunda.bpm.dmn, org.camunda.feel)",
        type -> type.startsWith("org.camunda.bpm.dmn.") || type.startsWith("org.camunda.feel."));
    components.put("MyBatis (org.apache.ibatis)", type -> type.startsWith("org.apache.ibatis."));
    components.put("PostgreSQL JDBC driver (org.postgresql)", type -> type.startsWith("org.postgresql."));
    components.put("HikariCP", type -> type.startsWith("com.zaxxer.hikari."));
    components.put("Camunda engine persistence (engine.impl.db, persistence)",
        type -> type.startsWith("org.camunda.bpm.engine.impl.db.")
            || type.startsWith("org.camunda.bpm.engine.impl.persistence."));
    components.put("Camunda history (engine.impl.history)",
        type -> type.startsWith("org.camunda.bpm.engine.impl.history."));
    components.put("Camunda engine, all (org.camunda.bpm.engine)", type -> type.startsWith("org.camunda.bpm.engine."));
    components.put("JUEL (org.camunda.bpm.impl.juel)", type -> type.startsWith("org.camunda.bpm.impl.juel."));
    components.put("Business Builder (com.businessbuilder)", type -> type.startsWith("com.businessbuilder."));
    components.put("Jackson (com.fasterxml.jackson)", type -> type.startsWith("com.fasterxml.jackson."));
    components.put("Spring Security", type -> type.startsWith("org.springframework.security."));
    components.put("Tomcat (org.apache.catalina, coyote, tomcat)", type -> type.startsWith("org.apache.catalina.")
        || type.startsWith("org.apache.coyote.") || type.startsWith("org.apache.tomcat."));
    components.put("Logging (ch.qos.logback, org.slf4j)",
        type -> type.startsWith("ch.qos.logback.") || type.startsWith("org.slf4j."));
    components.put("Spring JDBC and transactions", type -> type.startsWith("org.springframework.jdbc.")
        || type.startsWith("org.springframework.transaction."));
    return components;
  }
}
