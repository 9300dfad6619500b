package com.businessbuilder.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.businessbuilder.testing.ChatCompletionsClient;
import com.businessbuilder.testing.FakeOpenAiServer;
import com.businessbuilder.worker.camunda7.ExternalTaskWorker;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkerProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.slf4j.LoggerFactory;

/**
 * Agent throughput: N quality gates (a producer call, then a QA call) against a local OpenAI-compatible fake with a
 * fixed latency, once through the {@link ExternalTaskWorker} and once the naive way, with synchronous JavaDelegates
 * on the engine's default job executor. Prints wall time and the peak number of concurrent calls the fake saw, and
 * writes the table to {@code docs/benchmarks/agent-throughput.md}. Not a test; run it from the project folder:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.businessbuilder.benchmark.AgentThroughputBenchmark -Dexec.args="200 1000 64"
 * </pre>
 *
 * <p>Arguments (or system properties): gates (200), latency in ms (1000), concurrency of the worker (64, or several
 * separated by commas for one worker run each); the system property {@code output} names the Markdown file.
 */
public final class AgentThroughputBenchmark {

  private static final String WORKER_MODEL = "benchmark-gate-worker";
  private static final String BASELINE_MODEL = "benchmark-gate-delegates";
  private static final int CALLS_PER_GATE = 2;

  private final int gates;
  private final Duration latency;
  private final List<Integer> concurrencies;

  private AgentThroughputBenchmark(int gates, Duration latency, List<Integer> concurrencies) {
    this.gates = gates;
    this.latency = latency;
    this.concurrencies = concurrencies;
  }

  public static void main(String[] args) throws Exception {
    quietLogs();
    AgentThroughputBenchmark benchmark = new AgentThroughputBenchmark(
        Integer.parseInt(setting(args, 0, "gates", "200")),
        Duration.ofMillis(Long.parseLong(setting(args, 1, "latencyMs", "1000"))),
        Arrays.stream(setting(args, 2, "concurrency", "64").split(",")).map(String::trim).map(Integer::valueOf)
            .toList());
    Path output = Path.of(System.getProperty("output", "docs/benchmarks/agent-throughput.md"));

    List<Result> workers = new ArrayList<>();
    for (int concurrency : benchmark.concurrencies) {
      workers.add(benchmark.runWorker(concurrency));
    }
    Result baseline = benchmark.runBaseline();
    String report = benchmark.report(workers, baseline);
    System.out.println();
    System.out.println(report);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, report);
    System.out.println("Written to " + output.toAbsolutePath());
  }

  // ---- the two variants ----

  private Result runWorker(int concurrency) throws InterruptedException {
    FakeOpenAiServer provider = FakeOpenAiServer.start(latency);
    GateSteps steps = new GateSteps(new ChatCompletionsClient(provider.baseUrl()));
    ProcessEngine engine = engine("benchmark-worker-" + concurrency, false, Map.of());
    try (provider; ExternalTaskWorker worker = new ExternalTaskWorker(engine.getExternalTaskService(),
        List.of(steps.producer(), steps.reviewer()), WorkerProperties.defaults("benchmark", concurrency))) {
      engine.getRepositoryService().createDeployment().addClasspathResource("benchmark/" + WORKER_MODEL + ".bpmn")
          .deploy();
      worker.start();
      Duration wall = runGates(engine, WORKER_MODEL);
      return new Result("external-task worker, " + threads(), String.valueOf(concurrency), concurrency, wall,
          provider.peakConcurrentRequests(), provider.requestsServed());
    } finally {
      engine.close();
    }
  }

  private Result runBaseline() throws InterruptedException {
    FakeOpenAiServer provider = FakeOpenAiServer.start(latency);
    GateSteps steps = new GateSteps(new ChatCompletionsClient(provider.baseUrl()));
    ProcessEngine engine = engine("benchmark-baseline", true,
        Map.of("produceDraft", steps.produceDelegate(), "reviewDraft", steps.reviewDelegate()));
    try (provider) {
      engine.getRepositoryService().createDeployment().addClasspathResource("benchmark/" + BASELINE_MODEL + ".bpmn")
          .deploy();
      DefaultJobExecutor jobExecutor = (DefaultJobExecutor) ((ProcessEngineConfigurationImpl) engine
          .getProcessEngineConfiguration()).getJobExecutor();
      Duration wall = runGates(engine, BASELINE_MODEL);
      return new Result("baseline: JavaDelegates on the default job executor",
          "job executor, " + jobExecutor.getCorePoolSize() + "–" + jobExecutor.getMaxPoolSize() + " threads",
          jobExecutor.getMaxPoolSize(), wall, provider.peakConcurrentRequests(), provider.requestsServed());
    } finally {
      engine.close();
    }
  }

  /** Starts the gates and waits until every one has ended; the wall time runs from the first start to the last end. */
  private Duration runGates(ProcessEngine engine, String model) throws InterruptedException {
    long started = System.nanoTime();
    for (int gate = 1; gate <= gates; gate++) {
      engine.getRuntimeService().startProcessInstanceByKey(model, "gate-" + gate,
          java.util.Map.of(com.businessbuilder.engine.ProcessRuns.CORRELATION_KEY, "gate-" + gate));
    }
    long deadline = started + Duration.ofMinutes(30).toNanos();
    while (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(model).count() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(model + " did not finish within 30 minutes");
      }
      Thread.sleep(20);
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - started);
    long ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(model)
        .completed().count();
    if (ended != gates) {
      throw new IllegalStateException(model + ": " + ended + " of " + gates + " gates completed");
    }
    return wall;
  }

  private static ProcessEngine engine(String name, boolean jobExecutor, Map<Object, Object> beans) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name)
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(jobExecutor);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setBeans(beans);
    return configuration.buildProcessEngine();
  }

  /** The two calls of a gate, as worker handlers and as JavaDelegates; each blocks on one chat completion. */
  private record GateSteps(ChatCompletionsClient llm) {

    Map<String, Object> produce(String gate) {
      llm.chat("Draft the proposal for " + gate);
      return Map.of("draftId", "draft-" + gate);
    }

    Map<String, Object> review(String gate) {
      llm.chat("Review the draft of " + gate + " against the brief");
      return Map.of("qaPassed", true, "qaScore", 0.92);
    }

    TaskHandler producer() {
      return Handlers.of("benchmark-produce", item -> produce(item.correlationKey()));
    }

    TaskHandler reviewer() {
      return Handlers.of("benchmark-review", item -> review(item.correlationKey()));
    }

    JavaDelegate produceDelegate() {
      return execution -> execution.setVariables(produce(execution.getBusinessKey()));
    }

    JavaDelegate reviewDelegate() {
      return execution -> execution.setVariables(review(execution.getBusinessKey()));
    }
  }

  // ---- the report ----

  private record Result(String variant, String concurrencyLabel, int concurrency, Duration wall, int peakCalls,
      int calls) {}

  /** No schedule can beat this: every call takes the latency, at most {@code concurrency} run at once, and a gate's
   * two calls run one after the other. */
  private Duration minimum(int slots) {
    long rounds = Math.max(CALLS_PER_GATE, ceilDiv((long) gates * CALLS_PER_GATE, slots));
    return latency.multipliedBy(rounds);
  }

  private String report(List<Result> workers, Result baseline) {
    List<Result> rows = new ArrayList<>(workers);
    rows.add(baseline);
    StringBuilder md = new StringBuilder();
    md.append("# Agent throughput benchmark\n\n");
    md.append("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores (").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
        .append("), JDK ").append(Runtime.version()).append(" (").append(System.getProperty("java.vendor"))
        .append("), embedded Camunda 7 on in-memory H2 (standalone engine, history level full).\n\n");
    md.append("Each quality gate is a producer call followed by a QA call (")
        .append(CALLS_PER_GATE).append(" calls per gate) to a local OpenAI-compatible fake that answers ")
        .append("`POST /v1/chat/completions` after a fixed latency; the fake counts the calls it serves at once. ")
        .append("Wall time runs from the first gate's start to the last gate's end.\n\n");
    md.append("| variant | gates | calls | latency | concurrency | wall time | latency-bound minimum | "
        + "ratio to minimum | peak concurrent calls | speed-up vs baseline |\n");
    md.append("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Result result : rows) {
      Duration minimum = minimum(result.concurrency());
      md.append("| ").append(result.variant())
          .append(" | ").append(gates)
          .append(" | ").append(result.calls())
          .append(" | ").append(latency.toMillis()).append(" ms")
          .append(" | ").append(result.concurrencyLabel())
          .append(" | ").append(seconds(result.wall()))
          .append(" | ").append(seconds(minimum))
          .append(" | ").append(format("%.2f", ratio(result.wall(), minimum)))
          .append(" | ").append(result.peakCalls())
          .append(" | ").append(format("%.1f×", ratio(baseline.wall(), result.wall())))
          .append(" |\n");
    }
    md.append("\nLatency-bound minimum = max(2, ⌈calls ÷ concurrency⌉) × latency: no schedule can be faster when "
        + "every call takes the latency, at most *concurrency* calls run at once and a gate's two calls run one "
        + "after the other (for the baseline, concurrency = the job executor's maximum pool size). Counting whole "
        + "waves of gates instead (2 × ⌈gates ÷ concurrency⌉ × latency) gives ")
        .append(seconds(latency.multipliedBy(CALLS_PER_GATE * ceilDiv(gates, workers.get(0).concurrency()))))
        .append(" for a concurrency of ").append(workers.get(0).concurrency()).append(".\n\n");
    md.append("Targets (200 gates at 1 s per call): within 2× of the latency-bound minimum, and at least 10× faster "
        + "than the baseline.\n\n");
    for (Result worker : workers) {
      double toMinimum = ratio(worker.wall(), minimum(worker.concurrency()));
      double speedUp = ratio(baseline.wall(), worker.wall());
      double ceiling = ratio(baseline.wall(), minimum(worker.concurrency()));
      md.append("- Concurrency ").append(worker.concurrency()).append(": within 2× of the minimum — ")
          .append(toMinimum <= 2 ? "**met**" : "**missed**").append(format(" (%.2f×)", toMinimum))
          .append("; 10× faster than the baseline — ").append(speedUp >= 10 ? "**met**" : "**missed**")
          .append(format(" (%.1f×; even a worker at its minimum could be at most %.1f× faster)", speedUp, ceiling))
          .append(".\n");
    }
    long roundsForTenfold = baseline.wall().toNanos() / 10 / latency.toNanos();
    if (roundsForTenfold >= CALLS_PER_GATE) {
      md.append("\nThe baseline reaches ").append(baseline.peakCalls()).append(" concurrent calls (the job "
          + "executor's maximum pool size), so a 10× speed-up needs the worker to finish within ")
          .append(seconds(baseline.wall().dividedBy(10))).append(", i.e. a concurrency of at least ")
          .append(ceilDiv((long) gates * CALLS_PER_GATE, roundsForTenfold)).append(" (`bb.worker.max-in-flight`).\n");
    }
    md.append("\nThe handlers call the fake with `java.net.http.HttpClient` (one blocking request per call), "
        + "standing in for the LLM provider. The worker runs with `bb.worker.*` defaults except `max-in-flight`.\n\n");
    Duration total = baseline.wall().plusSeconds(15);
    for (Result worker : workers) {
      total = total.plus(worker.wall());
    }
    md.append("Run it again (about ").append(seconds(total)).append(" with these settings; not part of `verify`):")
        .append("\n\n```\n")
        .append("./mvnw -q test-compile exec:java -Dexec.classpathScope=test \\\n")
        .append("    -Dexec.mainClass=com.businessbuilder.benchmark.AgentThroughputBenchmark \\\n")
        .append("    -Dexec.args=\"").append(gates).append(' ').append(latency.toMillis()).append(' ')
        .append(concurrencies.stream().map(String::valueOf).collect(Collectors.joining(",")))
        .append("\"   # gates, latency in ms, worker concurrency (several: 64,128)\n```\n");
    return md.toString();
  }

  private static String threads() {
    return Runtime.version().feature() >= 21 ? "virtual threads" : "platform threads";
  }

  private static double ratio(Duration a, Duration b) {
    return (double) a.toNanos() / b.toNanos();
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  private static String seconds(Duration duration) {
    return format("%.1f s", duration.toMillis() / 1000.0);
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private static String setting(String[] args, int position, String property, String fallback) {
    return args.length > position ? args[position] : System.getProperty(property, fallback);
  }

  /** Without a Spring Boot logging set-up Logback logs everything at DEBUG; keep the engine quiet. */
  private static void quietLogs() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
      logback.getLogger("com.businessbuilder").setLevel(Level.INFO);
    }
  }
}
