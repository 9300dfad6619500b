package com.businessbuilder.benchmark;

import com.businessbuilder.BusinessBuilderApplication;
import com.businessbuilder.delivery.DeliveryProperties;
import com.businessbuilder.delivery.ServiceDeliveryProcess;
import com.businessbuilder.engine.ProcessRuns;
import com.businessbuilder.testing.FakeOpenAiServer;
import com.businessbuilder.testing.WebClient;
import com.businessbuilder.work.WorkTask;
import com.businessbuilder.work.WorkTaskStatus;
import com.businessbuilder.work.WorkTasks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Service delivery end to end: the application as it ships (embedded Camunda 7 on in-memory H2, the external-task
 * worker, the real LangChain4j OpenAI provider) pointed at a local OpenAI-compatible fake that answers every call
 * after a fixed latency. The fake's planner returns a plan of {@code levels × width} tasks in which every task of a
 * level depends on two tasks of the level before; its producer and QA answers pass each task's quality gate the
 * first time (one producer call and one QA call per task). The CEO approves the plan, which the plan-approval
 * decision asks for (more than 30 tasks). Measured: plan approved → every task done, against the dependency-bound
 * minimum levels × calls per task × latency. Writes {@code docs/benchmarks/service-delivery.md}. Not a test; run it
 * from the project folder:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.businessbuilder.benchmark.ServiceDeliveryBenchmark -Dexec.args="1000 5 8"
 * </pre>
 *
 * <p>Arguments (or system properties): latency in ms (1000), dependency levels (5), tasks per level (8), and the
 * bound on tasks running at once, {@code bb.delivery.max-parallel-tasks} ({@code default}: the application's, or
 * several separated by commas for one run each); the system property {@code output} names the Markdown file.
 */
public final class ServiceDeliveryBenchmark {

  static final int CALLS_PER_TASK = 2;
  static final String DEFAULT_BOUND = "default";
  private static final List<String> REQUIREMENTS = List.of("A customer portal where dealers order spare parts",
      "Orders reach the ERP within a minute", "Dealers see their order history");
  private static final int MILESTONES = 3;
  private static final Duration PATIENCE = Duration.ofMinutes(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Duration latency;
  private final int levels;
  private final int width;

  private ServiceDeliveryBenchmark(Duration latency, int levels, int width) {
    this.latency = latency;
    this.levels = levels;
    this.width = width;
  }

  public static void main(String[] args) throws Exception {
    ServiceDeliveryBenchmark benchmark = new ServiceDeliveryBenchmark(
        Duration.ofMillis(Long.parseLong(setting(args, 0, "latencyMs", "1000"))),
        Integer.parseInt(setting(args, 1, "levels", "5")),
        Integer.parseInt(setting(args, 2, "tasksPerLevel", "8")));
    List<String> bounds = Arrays.stream(setting(args, 3, "maxParallelTasks", DEFAULT_BOUND).split(","))
        .map(String::trim).toList();
    Path output = Path.of(System.getProperty("output", "docs/benchmarks/service-delivery.md"));

    int status = 1;
    try {
      List<Result> results = new ArrayList<>();
      for (String bound : bounds) {
        results.add(benchmark.run(DEFAULT_BOUND.equals(bound) ? null : Integer.valueOf(bound)));
        System.out.println("Run done: " + results.get(results.size() - 1));
      }
      String report = benchmark.report(results, String.join(",", bounds));
      System.out.println();
      System.out.println(report);
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.writeString(output, report);
      System.out.println("Written to " + output.toAbsolutePath());
      status = 0;
    } finally {
      System.exit(status); // the application's non-daemon threads would keep a failed run alive
    }
  }

  // ---- one run ----

  private Result run(Integer bound) throws Exception {
    ScriptedModel model = new ScriptedModel(levels, width, latency);
    double loadBefore = loadAverage();
    try (FakeOpenAiServer fake = FakeOpenAiServer.start(latency, model::answer);
        ConfigurableApplicationContext app = start(fake, bound)) {
      ProcessRuns runs = app.getBean(ProcessRuns.class);
      WebClient api = WebClient.as(((WebServerApplicationContext) app).getWebServer().getPort(), "api", "api");
      String projectId = open(api);
      ProcessRuns.Gate approval = await("the plan-approval gate", () -> runs.openGates(projectId).stream()
          .filter(gate -> ServiceDeliveryProcess.Elements.APPROVE_PLAN.equals(gate.key())).findFirst());
      int callsBeforeApproval = model.calls().size();

      Instant approved = Instant.now();
      long cpuAtApproval = processCpuNanos();
      runs.completeGate(approval.id(), Map.of("decision", "approve", "comment", "Go ahead"));
      Instant tasksDone = awaitTasksDone(app, projectId);
      Duration cpu = Duration.ofNanos(processCpuNanos() - cpuAtApproval);
      List<StepTime> steps = stepTimes(app.getBean(ProcessEngine.class), approved, tasksDone);
      Instant deliverableSent = awaitActivity(app.getBean(ProcessEngine.class),
          ServiceDeliveryProcess.Elements.WAIT_FOR_FEEDBACK);
      List<Call> executionCalls = model.calls().subList(callsBeforeApproval, model.calls().size()).stream()
          .filter(call -> call.taskKey() != null).toList();
      deliver(api, projectId);
      Instant delivered = Instant.now();

      List<WorkTask> tasks = app.getBean(WorkTasks.class).tasks(projectId);
      return new Result(app.getBean(DeliveryProperties.class).maxParallelTasks(), bound == null, tasks.size(),
          Duration.between(approved, tasksDone), Duration.between(tasksDone, deliverableSent),
          Duration.between(deliverableSent, delivered), fake.peakConcurrentRequests(), model.countsByKind(),
          callsPerTask(executionCalls, tasks), levelSpans(executionCalls, approved, tasksDone), steps,
          cpu, loadBefore, loadAverage());
    }
  }

  /** The application with the real OpenAI provider pointed at the fake, on a database of its own. */
  private static ConfigurableApplicationContext start(FakeOpenAiServer fake, Integer bound) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    properties.put("spring.main.banner-mode", "off");
    properties.put("server.port", "0");
    properties.put("logging.level.root", "WARN");
    properties.put("bb.llm.provider", "openai");
    properties.put("bb.llm.base-url", fake.baseUrl().toString());
    properties.put("bb.llm.api-key", "sk-benchmark");
    properties.put("bb.llm.model", "gpt-4o-mini");
    properties.put("bb.llm.max-retries", "0");
    if (bound != null) {
      properties.put("bb.delivery.max-parallel-tasks", bound.toString());
    }
    // as command-line arguments, which win over application.yaml (default properties would not)
    return new SpringApplicationBuilder(BusinessBuilderApplication.class)
        .initializers(context -> context.getBeanFactory().registerSingleton("benchmarkLeavesOutTestClasses",
            new ApplicationClassesOnly()))
        .run(properties.entrySet().stream().map(property -> "--" + property.getKey() + "=" + property.getValue())
            .toArray(String[]::new));
  }

  /** POST /api/projects as the integrations user, as a client system opens a project. */
  private static String open(WebClient api) throws JsonProcessingException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("company", "Acme Robotics");
    request.put("contactName", "Dana Reyes");
    request.put("contactEmail", "dana@acme.example");
    request.put("requirements", REQUIREMENTS);
    request.put("price", 30000);
    request.put("currency", "EUR");
    request.put("deliveryWeeks", 8);
    request.put("risk", "low");
    request.put("brief", "Dealers order by phone today");
    HttpResponse<String> response = api.postJson("/api/projects", JSON.writeValueAsString(request));
    if (response.statusCode() != 201) {
      throw new IllegalStateException("POST /api/projects answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body()).get("id").asText();
  }

  /** Waits until every task is done and returns when the last one was recorded done; fails on a gate or incident. */
  private static Instant awaitTasksDone(ConfigurableApplicationContext app, String projectId) {
    WorkTasks tasks = app.getBean(WorkTasks.class);
    ProcessRuns runs = app.getBean(ProcessRuns.class);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    await("every task done", () -> {
      List<ProcessRuns.Gate> gates = runs.openGates(projectId);
      long incidents = engine.getRuntimeService().createIncidentQuery().count();
      if (!gates.isEmpty() || incidents > 0) {
        throw new IllegalStateException("The run stopped at " + gates + " with " + incidents + " incident(s): "
            + engine.getRuntimeService().createIncidentQuery().list().stream()
                .map(incident -> incident.getActivityId() + ": " + incident.getIncidentMessage()).toList());
      }
      List<WorkTask> all = tasks.tasks(projectId);
      return all.stream().allMatch(task -> task.status() == WorkTaskStatus.DONE) ? Optional.of(all)
          : Optional.empty();
    });
    Timestamp last = app.getBean(JdbcClient.class)
        .sql("select max(updated_at) from bb_work_task where owner_key = ?").param(projectId)
        .query(Timestamp.class).single();
    return last.toInstant();
  }

  /** When the run first reached the activity (the completion report is sent before the feedback is awaited). */
  private static Instant awaitActivity(ProcessEngine engine, String activityId) {
    HistoricActivityInstance reached = await(activityId, () -> Optional.ofNullable(engine.getHistoryService()
        .createHistoricActivityInstanceQuery().activityId(activityId).singleResult()));
    return reached.getStartTime().toInstant();
  }

  /** The client rates the project and accepts every milestone at once; the project is then delivered. */
  private static void deliver(WebClient api, String projectId) throws IOException {
    String messages = "/api/projects/" + projectId + "/messages";
    send(api, messages, Map.of("type", "feedback", "rating", 5, "text", "The dealers love the portal"));
    for (int milestone = 1; milestone <= MILESTONES; milestone++) {
      send(api, messages, Map.of("type", "milestone-accepted", "milestone", milestone));
    }
    await("the project delivered", () -> {
      try {
        String status = JSON.readTree(api.get("/api/projects/" + projectId).body()).get("status").asText();
        return "DELIVERED".equals(status) ? Optional.of(status) : Optional.empty();
      } catch (JsonProcessingException | IllegalStateException unanswered) {
        return Optional.empty(); // asked again; a busy machine sometimes refuses a connection
      }
    });
  }

  private static void send(WebClient api, String path, Map<String, Object> message) throws IOException {
    String body = JSON.writeValueAsString(message);
    String idempotencyKey = UUID.randomUUID().toString();
    HttpResponse<String> response = await("the message " + body + " accepted", () -> {
      HttpResponse<String> answer;
      try {
        answer = api.postJson(path, body, "Idempotency-Key", idempotencyKey);
      } catch (IllegalStateException unanswered) {
        return Optional.empty(); // sent again with the same key
      }
      if (answer.statusCode() >= 500) {
        // seen: an OptimisticLockingException while the run's worker moves the same execution
        System.out.println("POST " + path + " answered " + answer.statusCode() + "; sent again with the same key");
        return Optional.empty();
      }
      return answer.statusCode() == 409 ? Optional.empty() : Optional.of(answer);
    });
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static <T> T await(String what, Supplier<Optional<T>> check) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> found = check.get();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + what, e);
      }
    }
    throw new IllegalStateException("No " + what + " within " + PATIENCE);
  }

  /**
   * Every service task of the execution, by element: how long from its creation (the engine's part done) until it
   * was completed (fetched by the worker, handled, reported).
   */
  private static List<StepTime> stepTimes(ProcessEngine engine, Instant from, Instant to) {
    Map<String, List<HistoricActivityInstance>> byElement = engine.getHistoryService()
        .createHistoricActivityInstanceQuery().activityType("serviceTask").finished()
        .startedAfter(java.util.Date.from(from)).finishedBefore(java.util.Date.from(to.plusMillis(1))).list()
        .stream().collect(Collectors.groupingBy(HistoricActivityInstance::getActivityId, java.util.TreeMap::new,
            Collectors.toList()));
    List<StepTime> steps = new ArrayList<>();
    byElement.forEach((element, runs) -> steps.add(new StepTime(element, runs.size(),
        Duration.ofMillis(Math.round(runs.stream().mapToLong(HistoricActivityInstance::getDurationInMillis)
            .average().orElse(0))),
        Duration.ofMillis(runs.stream().mapToLong(HistoricActivityInstance::getDurationInMillis).max().orElse(0)))));
    return steps;
  }

  /** Calls per task (producer, revision, QA) and a check that each task passed its gate with its first version. */
  private static CallsPerTask callsPerTask(List<Call> calls, List<WorkTask> tasks) {
    Map<String, Long> byTask = calls.stream().collect(Collectors.groupingBy(Call::taskKey, Collectors.counting()));
    List<String> retried = tasks.stream().filter(task -> task.attempts() != 1).map(WorkTask::key).toList();
    long least = tasks.stream().mapToLong(task -> byTask.getOrDefault(task.key(), 0L)).min().orElse(0);
    long most = tasks.stream().mapToLong(task -> byTask.getOrDefault(task.key(), 0L)).max().orElse(0);
    return new CallsPerTask((double) calls.size() / tasks.size(), least, most, retried);
  }

  /** Per dependency level: when its first call started and its last call ended, after the plan was approved. */
  private List<LevelSpan> levelSpans(List<Call> calls, Instant approved, Instant tasksDone) {
    List<LevelSpan> spans = new ArrayList<>();
    for (int level = 1; level <= levels; level++) {
      int current = level;
      List<Call> ofLevel = calls.stream().filter(call -> ScriptedModel.level(call.taskKey(), width) == current)
          .toList();
      Instant first = ofLevel.stream().map(Call::started).min(Instant::compareTo).orElse(approved);
      Instant last = ofLevel.stream().map(Call::ended).max(Instant::compareTo).orElse(approved);
      spans.add(new LevelSpan(level, ofLevel.size(), Duration.between(approved, first),
          Duration.between(approved, last)));
    }
    return spans;
  }

  // ---- the fake model's answers ----

  /** One call the fake answered: its kind, the task it was for (if any), when it started and ended. */
  record Call(String kind, String taskKey, Instant started, Instant ended) {}

  /**
   * What the fake answers, by the prompt's first words: the plan, each task's output and its QA review, the final
   * review and the case study; every answer passes its validator and QA's objective checks.
   */
  static final class ScriptedModel {

    static final String PLAN = "plan";
    static final String PRODUCER = "producer";
    static final String REVISION = "revision";
    static final String QA = "qa";
    static final String FINAL_REVIEW = "final review";
    static final String CASE_STUDY = "case study";
    static final String OTHER = "other";
    private static final Pattern TASK = Pattern.compile("benchmark task (T\\d+)");

    private final int levels;
    private final int width;
    private final Duration latency;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    ScriptedModel(int levels, int width, Duration latency) {
      this.levels = levels;
      this.width = width;
      this.latency = latency;
    }

    /** Called by the fake once the latency has passed. */
    String answer(String request) {
      Instant ended = Instant.now();
      String kind = kind(request);
      Matcher task = TASK.matcher(request);
      String taskKey = (kind.equals(PRODUCER) || kind.equals(REVISION) || kind.equals(QA)) && task.find()
          ? task.group(1) : null;
      calls.add(new Call(kind, taskKey, ended.minus(latency), ended));
      counts.merge(kind, 1, Integer::sum);
      return switch (kind) {
        case PLAN -> plan();
        case PRODUCER, REVISION -> output(taskKey);
        case FINAL_REVIEW -> "{\"passed\": true, \"findings\": []}";
        case CASE_STUDY -> "Acme Robotics let its dealers order spare parts online: the portal hands every order to "
            + "the ERP within a minute and shows each dealer the history of its orders.";
        default -> "{\"score\": 92, \"feedback\": \"Ready for the client; keep the parts in this order.\"}";
      };
    }

    List<Call> calls() {
      return calls;
    }

    Map<String, Integer> countsByKind() {
      return Map.copyOf(counts);
    }

    private static String kind(String request) {
      if (request.contains("Plan the delivery of this project")) {
        return PLAN;
      } else if (request.contains("Review the deliverable of this project")) {
        return FINAL_REVIEW;
      } else if (request.contains("Write the first draft of a")) {
        return PRODUCER;
      } else if (request.contains("Revise the")) {
        return REVISION;
      } else if (request.contains("Review this")) {
        return QA;
      } else if (request.contains("Write a short case study")) {
        return CASE_STUDY;
      }
      return OTHER;
    }

    static String key(int number) {
      return String.format("T%02d", number);
    }

    static int level(String key, int width) {
      return (Integer.parseInt(key.substring(1)) - 1) / width + 1;
    }

    private static List<String> criteria(String key) {
      return List.of("Component " + key + " lists the parts it delivers",
          "Component " + key + " names the work it builds on");
    }

    /** Every task of a level after the first depends on two tasks of the level before. */
    private String plan() {
      List<Map<String, Object>> tasks = new ArrayList<>();
      for (int level = 1; level <= levels; level++) {
        for (int i = 1; i <= width; i++) {
          int number = (level - 1) * width + i;
          String key = key(number);
          List<String> dependsOn = level == 1 ? List.of() : List.of(key((level - 2) * width + i),
              key((level - 2) * width + i % width + 1)).stream().distinct().toList();
          Map<String, Object> task = new LinkedHashMap<>();
          task.put("key", key);
          task.put("title", "Component " + key + " of the dealer portal");
          task.put("description", "Builds one part of the dealer portal on the outputs it depends on (benchmark task "
              + key + ").");
          task.put("acceptanceCriteria", criteria(key));
          task.put("producerRole", "software-engineer");
          task.put("reviewerRole", "engineering-reviewer");
          task.put("priority", 2);
          task.put("estimateHours", 4);
          task.put("dependsOn", dependsOn);
          task.put("group", Integer.toString((level * MILESTONES + levels - 1) / levels));
          task.put("covers", List.of((number - 1) % REQUIREMENTS.size() + 1));
          tasks.add(task);
        }
      }
      try {
        return JSON.writeValueAsString(Map.of("tasks", tasks));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    /** A work output that passes QA's objective checks: a heading per acceptance criterion, then ## Output. */
    private static String output(String key) {
      List<String> criteria = criteria(key == null ? "T00" : key);
      return "# Component " + key + "\n\n"
          + "## " + criteria.get(0) + "\n\n"
          + "The component delivers three parts of the dealer portal: the order screen, the parts lookup and the "
          + "connection to the ERP, each described below in the order in which it is built.\n\n"
          + "## " + criteria.get(1) + "\n\n"
          + "It takes the names and decisions of the components it depends on as they are and extends them without "
          + "changing them, so that the dealers see one consistent portal.\n\n"
          + "## Output\n\n"
          + "The order screen lets a dealer find a part by its number or name, see its price and stock, and order it "
          + "in two steps. The parts lookup answers within a second for the whole catalogue. The connection to the "
          + "ERP hands each order over within a minute and reports back when the parts leave the warehouse.\n";
    }
  }

  /** The application's own classes only: the test classes' doubles and drivers stay out of its context. */
  static final class ApplicationClassesOnly extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
      return reader.getResource().getURL().getPath().contains("/test-classes/");
    }

    @Override
    public boolean equals(Object other) {
      return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
      return getClass().hashCode();
    }
  }

  // ---- the report ----

  record CallsPerTask(double mean, long least, long most, List<String> retried) {}

  record LevelSpan(int level, int calls, Duration firstCallStarted, Duration lastCallEnded) {}

  record StepTime(String element, int runs, Duration mean, Duration longest) {}

  record Result(int bound, boolean defaultBound, int tasks, Duration toTasksDone, Duration toDeliverableSent,
      Duration toDelivered, int peakCalls, Map<String, Integer> callsByKind, CallsPerTask perTask,
      List<LevelSpan> levels, List<StepTime> steps, Duration cpu, double loadBefore, double loadAfter) {}

  /** No schedule can beat it: each level waits for the one before, and a task's two calls run one after the other. */
  private Duration minimum() {
    return latency.multipliedBy((long) levels * CALLS_PER_TASK);
  }

  /** The same with the bound: a level of {@code width} tasks needs ⌈width ÷ bound⌉ rounds of calls. */
  private Duration minimumWithBound(int bound) {
    return latency.multipliedBy((long) levels * CALLS_PER_TASK * ((width + bound - 1) / bound));
  }

  private String report(List<Result> results, String boundsArgument) {
    StringBuilder md = new StringBuilder();
    md.append("# Service delivery benchmark\n\n");
    md.append("Measured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores (").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
        .append("), JDK ").append(Runtime.version()).append(" (").append(System.getProperty("java.vendor"))
        .append("): the application as it ships (Spring Boot, embedded Camunda 7 on in-memory H2, history level "
            + "full, the external-task worker with its `bb.worker.*` defaults) with `bb.llm.provider=openai`, the "
            + "real LangChain4j OpenAI provider, pointed at a local OpenAI-compatible fake that answers "
            + "`POST /v1/chat/completions` after a fixed latency and counts the calls it serves at once.\n\n");
    md.append("The fake's planner returns ").append(levels * width).append(" tasks in ").append(levels)
        .append(" dependency levels of ").append(width).append(" (every task after the first level depends on two "
            + "tasks of the level before); its producer and QA answers pass every task's quality gate the first time, "
            + "so each task costs one producer call and one QA call. The plan-approval decision asks the CEO to "
            + "approve a plan of more than 30 tasks; the benchmark approves it through `ProcessRuns.completeGate` "
            + "the moment the gate opens. Wall time runs from that approval (execution start) to the moment the last "
            + "task was recorded done.\n\n");
    md.append("| bound on tasks at once | tasks | levels | latency | agent calls in execution | calls per task | "
        + "peak concurrent calls | plan approved → all tasks done | dependency-bound minimum | ratio | "
        + "all tasks done → deliverable sent | → delivered |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Result result : results) {
      long executionCalls = result.callsByKind().getOrDefault(ScriptedModel.PRODUCER, 0)
          + result.callsByKind().getOrDefault(ScriptedModel.REVISION, 0)
          + result.callsByKind().getOrDefault(ScriptedModel.QA, 0);
      md.append("| ").append(result.bound()).append(result.defaultBound() ? " (default)" : "")
          .append(" | ").append(result.tasks())
          .append(" | ").append(levels)
          .append(" | ").append(latency.toMillis()).append(" ms")
          .append(" | ").append(executionCalls)
          .append(" | ").append(format("%.2f", result.perTask().mean()))
          .append(" | ").append(result.peakCalls())
          .append(" | ").append(seconds(result.toTasksDone()))
          .append(" | ").append(seconds(minimum()))
          .append(" | ").append(format("%.2f", ratio(result.toTasksDone(), minimum())))
          .append(" | ").append(seconds(result.toDeliverableSent()))
          .append(" | ").append(seconds(result.toDelivered()))
          .append(" |\n");
    }
    md.append("\nDependency-bound minimum = levels × calls per task × latency = ").append(levels).append(" × ")
        .append(CALLS_PER_TASK).append(" × ").append(latency.toMillis()).append(" ms = ").append(seconds(minimum()))
        .append(": no schedule can be faster, because a task starts only when the tasks it depends on are done and "
            + "its QA call waits for its producer call.\n\n");
    md.append("Target: within 1.5× of the dependency-bound minimum.\n\n");
    for (Result result : results) {
      double toMinimum = ratio(result.toTasksDone(), minimum());
      md.append("- Bound ").append(result.bound()).append(": ").append(toMinimum <= 1.5 ? "**met**" : "**missed**")
          .append(format(" (%.2f×)", toMinimum));
      if (result.bound() < width) {
        md.append(format("; with at most %d tasks at once a level of %d needs %d rounds, so even a perfect "
                + "schedule takes %s (%.2f× the dependency-bound minimum)", result.bound(), width,
            (width + result.bound() - 1) / result.bound(), seconds(minimumWithBound(result.bound())),
            ratio(minimumWithBound(result.bound()), minimum())));
      }
      md.append(". Calls per task: ").append(result.perTask().least()).append(" to ").append(result.perTask().most())
          .append(result.perTask().retried().isEmpty() ? ", every task passed QA with its first version"
              : ", tasks briefed more than once: " + result.perTask().retried())
          .append("; all agent calls of the run: ").append(new java.util.TreeMap<>(result.callsByKind()))
          .append(format("; CPU time of the whole process (application and fake) from approval to the last task "
              + "done %s, %.1f of %d cores busy on average", seconds(result.cpu()),
              ratio(result.cpu(), result.toTasksDone()), Runtime.getRuntime().availableProcessors()))
          .append(format("; load average %.1f before, %.1f after", result.loadBefore(), result.loadAfter()))
          .append(".\n");
    }
    md.append("\nWhere the time goes (first run): per dependency level, when its first call started and its last "
        + "call ended, counted from the plan's approval. The gaps between levels are the engine's and the worker's "
        + "share: settling each deliverable, recording each outcome, reporting finished milestones, picking the next "
        + "wave and briefing each task, each an external task that the worker fetches, handles and reports, with "
        + "the quality-policy decision in between.\n\n");
    Result first = results.get(0);
    Duration between = Duration.ZERO;
    Duration within = Duration.ZERO;
    Duration ended = Duration.ZERO;
    for (LevelSpan span : first.levels()) {
      between = between.plus(span.firstCallStarted().minus(ended));
      within = within.plus(span.lastCallEnded().minus(span.firstCallStarted())
          .minus(latency.multipliedBy(CALLS_PER_TASK)));
      ended = span.lastCallEnded();
    }
    md.append("Beyond the minimum the first run took ").append(seconds(first.toTasksDone().minus(minimum())))
        .append(": ").append(seconds(between)).append(" between levels (from the plan's approval to the first call, "
            + "and from each level's last call to the next level's first), ").append(seconds(within))
        .append(" within levels (calls of a level not starting together, and each step's own handling between a "
            + "task's two calls) and ").append(seconds(first.toTasksDone().minus(ended)))
        .append(" after the last call.\n\n");
    md.append("| level | calls | first call started | last call ended | calls took | gap before the level |\n");
    md.append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    Duration previousEnd = Duration.ZERO;
    for (LevelSpan span : results.get(0).levels()) {
      md.append("| ").append(span.level())
          .append(" | ").append(span.calls())
          .append(" | ").append(seconds(span.firstCallStarted()))
          .append(" | ").append(seconds(span.lastCallEnded()))
          .append(" | ").append(seconds(span.lastCallEnded().minus(span.firstCallStarted())))
          .append(" | ").append(seconds(span.firstCallStarted().minus(previousEnd)))
          .append(" |\n");
      previousEnd = span.lastCallEnded();
    }
    md.append("\nEach service task of the execution (first run), from its creation to its completion: the wait "
        + "for the worker to fetch it, the handler (for the producer and QA steps, the call) and the report.\n\n");
    md.append("| service task | runs | mean | longest |\n| --- | ---: | ---: | ---: |\n");
    for (StepTime step : results.get(0).steps()) {
      md.append("| ").append(step.element()).append(" | ").append(step.runs()).append(" | ")
          .append(millis(step.mean())).append(" | ").append(millis(step.longest())).append(" |\n");
    }
    md.append("\n\"Deliverable sent\" is the completion report with the compiled PDF (after the final review, one more "
        + "call); \"delivered\" follows when the client, answering at once through `POST /api/projects/{id}/messages`, "
        + "has rated the project (a good rating costs one case-study call) and accepted every milestone.\n\n");
    md.append("The bound on tasks running at once is `bb.delivery.max-parallel-tasks` (default 8): a wave holds at "
        + "most that many ready tasks, and the next wave starts when the whole wave is done.\n\n");
    md.append("Run it again (about a minute a run, most of it the application's start; not part of `verify`):\n\n")
        .append("```\n")
        .append("./mvnw -q test-compile exec:java -Dexec.classpathScope=test \\\n")
        .append("    -Dexec.mainClass=com.businessbuilder.benchmark.ServiceDeliveryBenchmark \\\n")
        .append("    -Dexec.args=\"").append(latency.toMillis()).append(' ').append(levels).append(' ').append(width)
        .append(' ').append(boundsArgument)
        .append("\"   # latency in ms, levels, tasks per level, max-parallel-tasks (default, or several: 8,4)\n```\n");
    return md.toString();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }

  private static double ratio(Duration a, Duration b) {
    return (double) a.toNanos() / b.toNanos();
  }

  private static String seconds(Duration duration) {
    return format("%.1f s", duration.toMillis() / 1000.0);
  }

  private static String format(String pattern, Object... values) {
    return String.format(java.util.Locale.ROOT, pattern, values);
  }

  private static String setting(String[] args, int position, String property, String fallback) {
    return args.length > position ? args[position] : System.getProperty(property, fallback);
  }
}
