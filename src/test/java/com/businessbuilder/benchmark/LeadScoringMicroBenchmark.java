package com.businessbuilder.benchmark;

import com.businessbuilder.engine.camunda7.DecisionEngineSetup;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * How long one evaluation of {@code dmn/lead-scoring.dmn} takes, warm, on one thread: the decision {@code
 * lead-scoring} alone, and {@code lead-routing} (which requires it; what the task "Score lead" evaluates), each with a
 * hot, a warm and a cold lead in turn. Every engine is warmed up for a while, then timed over many evaluations; the
 * CPU time is the thread's. Not a test; {@link PipelineThroughputBenchmark} runs it and reports it, or on its own:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.businessbuilder.benchmark.LeadScoringMicroBenchmark -Dexec.args="10 10"
 * </pre>
 *
 * <p>Arguments: seconds of warm-up (10) and seconds of measurement (10) per engine and decision.
 */
public final class LeadScoringMicroBenchmark {

  static final Path DMN = Path.of("dmn", "lead-scoring.dmn");

  /** The DMN engines compared: Camunda's default configuration, and the one the application's engine uses. */
  static Map<String, Supplier<DefaultDmnEngineConfiguration>> engines() {
    Map<String, Supplier<DefaultDmnEngineConfiguration>> engines = new LinkedHashMap<>();
    engines.put("Camunda 7.24 default (ScalaFeelEngine)",
        () -> (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    engines.put("Business Builder (ParsedFeelEngine: each expression parsed once)",
        DecisionEngineSetup::dmnEngineConfiguration);
    return engines;
  }

  public static void main(String[] args) throws IOException {
    Duration warmUp = Duration.ofSeconds(Long.parseLong(args.length > 0 ? args[0] : "10"));
    Duration measure = Duration.ofSeconds(Long.parseLong(args.length > 1 ? args[1] : "10"));
    List<Map<String, Object>> results = run(warmUp, measure);
    results.forEach(result -> System.out.println(result));
  }

  static List<Map<String, Object>> run(Duration warmUp, Duration measure) throws IOException {
    List<VariableMap> leads = List.of(
        lead("software", 450, 120_000.0, "strong", "referral", "Budget approved, we need a partner this quarter"),
        lead("manufacturing", 60, 20_000.0, "basic", "website", ""),
        lead("retail", 1, 0.0, "none", "other", "Just browsing"));
    List<Map<String, Object>> results = new java.util.ArrayList<>();
    for (Map.Entry<String, Supplier<DefaultDmnEngineConfiguration>> engine : engines().entrySet()) {
      DmnEngine dmn = engine.getValue().get().buildEngine();
      Map<String, DmnDecision> decisions;
      try (InputStream in = Files.newInputStream(DMN)) {
        decisions = dmn.parseDecisions(in).stream().collect(Collectors.toMap(DmnDecision::getKey, d -> d));
      }
      for (String key : List.of("lead-scoring", "lead-routing")) {
        DmnDecision decision = decisions.get(key);
        Runnable[] evaluations = leads.stream()
            .<Runnable>map(lead -> () -> dmn.evaluateDecision(decision, lead)).toArray(Runnable[]::new);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("engine", engine.getKey());
        result.put("decision", key);
        result.putAll(time(evaluations, warmUp, measure));
        results.add(result);
      }
    }
    return results;
  }

  private static Map<String, Object> time(Runnable[] evaluations, Duration warmUp, Duration measure) {
    long warmUpEnd = System.nanoTime() + warmUp.toNanos();
    for (int i = 0; System.nanoTime() < warmUpEnd; i++) {
      evaluations[i % evaluations.length].run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[1 << 16];
    int count = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + measure.toNanos();
    for (long now = start; now < end; ) {
      evaluations[count % evaluations.length].run();
      long after = System.nanoTime();
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, nanos.length * 2);
      }
      nanos[count++] = after - now;
      now = after;
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("evaluations", count);
    result.put("meanMicros", micros(Arrays.stream(sorted).sum() / (double) count));
    result.put("p50Micros", micros(sorted[(int) Math.ceil(count * 0.50) - 1]));
    result.put("p99Micros", micros(sorted[(int) Math.ceil(count * 0.99) - 1]));
    result.put("cpuMicros", micros(cpu / (double) count));
    return result;
  }

  private static VariableMap lead(String industry, int employees, double budget, String footprint, String source,
      String notes) {
    return Variables.createVariables().putValue("industry", industry).putValue("employees", employees)
        .putValue("annualBudget", budget).putValue("digitalFootprint", footprint).putValue("source", source)
        .putValue("notes", notes);
  }

  private static double micros(double nanos) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.1f", nanos / 1000.0));
  }

  private LeadScoringMicroBenchmark() {}
}
