package com.businessbuilder.benchmark;

import com.businessbuilder.BusinessBuilderApplication;
import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pipeline throughput: N leads through client discovery with the offline agents, posted over HTTP by concurrent
 * clients while other clients follow leads with {@code GET /api/leads/{id}}, on the packaged application's code with
 * a real (embedded) PostgreSQL; and in the same run the bare baseline, N runs of a model with client discovery's main
 * path (as many external tasks and business rule tasks) whose handlers and decision do nothing, served by the same
 * worker. Each run is a fresh JVM and database; the figures are the medians of the runs. Writes its section of
 * {@code docs/benchmarks/pipeline-throughput.md}. Not a test; see that page for the command.
 *
 * <p>Arguments {@code name=value}: leads (500), clients (16 posting), readers (16 following leads), readerPauseMs (100,
 * each reader's pause between two GETs), warmup (200 leads and 200 bare runs before the timed phases), runs (2), label
 * (the section of the page to write, "after"), profile (false: true records the timed phases with JFR and summarises
 * them), scoring (true: the lead-scoring micro-benchmark too), heap (1g). Arguments starting with {@code --} go to the
 * application ({@code --spring.datasource.hikari.maximum-pool-size=30}).
 */
public final class PipelineThroughputBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Path PAGE = Path.of("docs", "benchmarks", "pipeline-throughput.md");
  private static final Path WORK = Path.of("target", "pipeline-benchmark");
  private static final Duration SETTLE_LIMIT = Duration.ofMinutes(20);
  private static final String LEAD = """
      {"company": "Benchmark %1$d GmbH", "contactEmail": "cto@benchmark-%1$d.example", "industry": "software",
       "employees": 450, "annualBudget": 120000, "website": "https://benchmark-%1$d.example",
       "notes": "Budget approved, we need a partner this quarter", "source": "referral"}""";

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.of(args);
    if (settings.child()) {
      Child.run(settings);
      return;
    }
    Files.createDirectories(WORK);
    List<Map<String, Object>> runs = new ArrayList<>();
    for (int run = 1; run <= settings.runs(); run++) {
      System.out.println("Run " + run + " of " + settings.runs() + " (log: " + WORK.resolve("run-" + run + ".log") + ")");
      runs.add(fork(settings, run, "com.businessbuilder.benchmark.PipelineThroughputBenchmark", "child", "run=" + run));
      System.out.println(JSON.writeValueAsString(runs.get(runs.size() - 1).get("summary")));
    }
    List<Map<String, Object>> scoring = List.of();
    if (settings.scoring()) {
      System.out.println("Lead-scoring micro-benchmark (log: " + WORK.resolve("scoring.log") + ")");
      scoring = Child.scoringResults(fork(settings, 0, "com.businessbuilder.benchmark.PipelineThroughputBenchmark",
          "child", "scoringOnly=true"));
    }
    String section = Report.section(settings, runs, scoring);
    System.out.println();
    System.out.println(section);
    Path page = Path.of(settings.get("page", PAGE.toString()));
    Report.write(page, settings.label(), section);
    System.out.println("Written to section '" + settings.label() + "' of " + page.toAbsolutePath());
  }

  /** Runs this class again in a JVM of its own, with the benchmark's class path; answers what it wrote. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fork(Settings settings, int run, String mainClass, String... extra)
      throws IOException, InterruptedException {
    Path results = WORK.resolve(run == 0 ? "scoring.json" : "run-" + run + ".json");
    Path log = WORK.resolve(run == 0 ? "scoring.log" : "run-" + run + ".log");
    Files.deleteIfExists(results);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms" + settings.heap(), "-Xmx" + settings.heap(), "-cp", classPath(), mainClass));
    command.addAll(settings.arguments());
    command.addAll(Arrays.asList(extra));
    command.add("results=" + results);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = child.waitFor();
    if (exit != 0 || !Files.exists(results)) {
      throw new IllegalStateException("The benchmark run ended with exit code " + exit + "; see " + log);
    }
    return JSON.readValue(results.toFile(), Map.class);
  }

  /** The class path this JVM was given, also under {@code exec:java}, which loads the project in a class loader. */
  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader project) {
      List<String> entries = new ArrayList<>();
      for (URL url : project.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
      if (!entries.isEmpty()) {
        return String.join(java.io.File.pathSeparator, entries);
      }
    }
    return System.getProperty("java.class.path");
  }

  // ---- settings ----

  record Settings(Map<String, String> values, List<String> applicationArguments, List<String> arguments) {

    static Settings of(String[] args) {
      Map<String, String> values = new LinkedHashMap<>();
      List<String> application = new ArrayList<>();
      List<String> passed = new ArrayList<>();
      for (String arg : args) {
        if (arg.startsWith("--")) {
          application.add(arg);
          passed.add(arg);
        } else if (arg.equals("child")) {
          values.put("child", "true");
        } else {
          int equals = arg.indexOf('=');
          if (equals < 1) {
            throw new IllegalArgumentException("Arguments are name=value or --application.property=value: " + arg);
          }
          values.put(arg.substring(0, equals), arg.substring(equals + 1));
          if (!List.of("run", "results", "scoringOnly").contains(arg.substring(0, equals))) {
            passed.add(arg);
          }
        }
      }
      return new Settings(values, application, passed);
    }

    String get(String name, String fallback) {
      return values.getOrDefault(name, System.getProperty(name, fallback));
    }

    boolean child() {
      return values.containsKey("child");
    }

    int leads() {
      return Integer.parseInt(get("leads", "500"));
    }

    int clients() {
      return Integer.parseInt(get("clients", "16"));
    }

    int readers() {
      return Integer.parseInt(get("readers", "16"));
    }

    long readerPauseMillis() {
      return Long.parseLong(get("readerPauseMs", "100"));
    }

    int warmup() {
      return Integer.parseInt(get("warmup", "200"));
    }

    int runs() {
      return Integer.parseInt(get("runs", "2"));
    }

    String label() {
      return get("label", "after");
    }

    boolean profile() {
      return Boolean.parseBoolean(get("profile", "false"));
    }

    boolean scoring() {
      return Boolean.parseBoolean(get("scoring", "true"));
    }

    String heap() {
      return get("heap", "1g");
    }

    String command() {
      return "./mvnw -q test-compile exec:java -Dexec.classpathScope=test \\\n"
          + "    -Dexec.mainClass=com.businessbuilder.benchmark.PipelineThroughputBenchmark \\\n"
          + "    -Dexec.args=\"" + String.join(" ", arguments) + "\"";
    }
  }

  // ---- one run, in its own JVM ----

  /** One run: a fresh PostgreSQL and application, a warm-up, the bare phase, the pipeline phase. */
  static final class Child {

    enum Kind { BARE, PIPELINE }

    private final Settings settings;
    private final int port;
    private final Connection monitor;
    private final CpuClock cpu;
    private final List<String> leadIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger leadNumber = new AtomicInteger();
    private final AtomicLong monitorQueries = new AtomicLong();

    private Child(Settings settings, int port, Connection monitor, CpuClock cpu) {
      this.settings = settings;
      this.port = port;
      this.monitor = monitor;
      this.cpu = cpu;
    }

    static void run(Settings settings) throws Exception {
      Path results = Path.of(settings.get("results", WORK.resolve("run.json").toString()));
      if (Boolean.parseBoolean(settings.get("scoringOnly", "false"))) {
        Map<String, Object> scoring = new LinkedHashMap<>();
        scoring.put("scoring", LeadScoringMicroBenchmark.run(Duration.ofSeconds(10), Duration.ofSeconds(10)));
        JSON.writeValue(results.toFile(), scoring);
        return;
      }
      Map<String, Object> result = new LinkedHashMap<>();
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
          // statements counted by the server, none by a proxy in the application's JVM
          .setServerConfig("shared_preload_libraries", "pg_stat_statements")
          .setServerConfig("pg_stat_statements.track_utility", "off").start();
          Connection monitor = monitor(postgres)) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres", "--spring.datasource.password="));
        arguments.addAll(settings.applicationArguments());
        ConfigurableApplicationContext application = new SpringApplicationBuilder(BusinessBuilderApplication.class,
            BenchmarkApplication.class).initializers(BenchmarkApplication.shippedComponentsOnly())
            .run(arguments.toArray(String[]::new));
        try {
          deployBareModels(application.getBean(RepositoryService.class));
          int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
          Child child = new Child(settings, port, monitor, new CpuClock(backendPid(monitor)));
          result.put("environment", child.environment(application));
          child.warmUp();
          Map<String, Object> bare = child.phase(Kind.BARE);
          Map<String, Object> pipeline = child.phase(Kind.PIPELINE);
          child.perLead(List.of(bare, pipeline), child.probeReads());
          result.put("bare", bare);
          result.put("pipeline", pipeline);
          result.put("summary", Map.of("bareSettledPerSecond", bare.get("settledPerSecond"),
              "pipelineSettledPerSecond", pipeline.get("settledPerSecond"),
              "postP99Ms", pipeline.get("postP99Ms"), "getP99Ms", pipeline.get("getP99Ms")));
        } finally {
          application.close();
        }
      }
      JSON.writeValue(results.toFile(), result);
      System.exit(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> scoringResults(Map<String, Object> results) {
      return (List<Map<String, Object>>) results.get("scoring");
    }

    /** The benchmark's own connection, as a role of its own, so that its queries are not counted as the application's. */
    private static Connection monitor(EmbeddedPostgres postgres) throws SQLException {
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("create extension pg_stat_statements");
        statement.execute("create role bench_monitor login superuser");
      }
      return postgres.getDatabase("bench_monitor", "postgres").getConnection();
    }

    private static void deployBareModels(RepositoryService repository) throws IOException {
      DeploymentBuilder deployment = repository.createDeployment().name("benchmark-bare-pipeline");
      for (String model : BenchmarkApplication.BARE_MODELS) {
        try (var in = PipelineThroughputBenchmark.class.getClassLoader().getResourceAsStream(model)) {
          deployment.addInputStream(Path.of(model).getFileName().toString(),
              new java.io.ByteArrayInputStream(in.readAllBytes()));
        }
      }
      deployment.deploy();
    }

    private Map<String, Object> environment(ConfigurableApplicationContext application) throws SQLException {
      Map<String, Object> environment = new LinkedHashMap<>();
      environment.put("date", LocalDate.now().toString());
      environment.put("cores", Runtime.getRuntime().availableProcessors());
      environment.put("jdk", Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
      environment.put("heap", settings.heap());
      environment.put("postgres", single("show server_version"));
      environment.put("postgresSettings", "synchronous_commit=" + single("show synchronous_commit") + ", fsync="
          + single("show fsync") + ", shared_buffers=" + single("show shared_buffers"));
      environment.put("poolSize", BenchmarkApplication.pool.getMaximumPoolSize());
      environment.put("workerMaxInFlight", application.getEnvironment().getProperty("bb.worker.max-in-flight", "64"));
      environment.put("workerMaxCompleting", application.getEnvironment().getProperty("bb.worker.max-completing",
          "unbounded"));
      environment.put("historyLevel", application.getEnvironment().getProperty("camunda.bpm.history-level"));
      environment.put("historyWrites", application.getEnvironment().getProperty("bb.history.writes", "full"));
      environment.put("applicationArguments", settings.applicationArguments());
      return environment;
    }

    private void warmUp() throws InterruptedException, SQLException {
      for (Kind kind : Kind.values()) {
        long before = settled(kind);
        post(kind, settings.warmup(), settings.clients(), new ArrayList<>());
        awaitSettled(kind, before + settings.warmup());
      }
    }

    /** One timed phase: N posted by the clients while the readers follow leads, until all N have settled. */
    private Map<String, Object> phase(Kind kind) throws Exception {
      int n = settings.leads();
      long settledBefore = settled(kind);
      Map<String, Long> historyBefore = history();
      long[] databaseBefore = databaseCounts();
      Map<String, Long> statementsBefore = statementsByQuery();
      CpuClock.Reading cpuBefore = cpu.read();
      Recording recording = settings.profile() ? new Recording(Configuration.getConfiguration("profile")) : null;
      if (recording != null) {
        recording.start();
      }

      AtomicBoolean running = new AtomicBoolean(true);
      List<long[]> readLatencies = Collections.synchronizedList(new ArrayList<>());
      AtomicLong inconsistentReads = new AtomicLong();
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < settings.readers(); r++) {
        Thread reader = new Thread(() -> readLatencies.add(follow(running, inconsistentReads)), "bench-reader-" + r);
        readers.add(reader);
      }
      List<long[]> poolSamples = Collections.synchronizedList(new ArrayList<>());
      Thread sampler = new Thread(() -> samplePool(running, poolSamples), "bench-pool-sampler");

      long start = System.nanoTime();
      readers.forEach(Thread::start);
      sampler.start();
      List<long[]> postLatencies = new ArrayList<>();
      post(kind, n, settings.clients(), postLatencies);
      long posted = System.nanoTime();
      awaitSettled(kind, settledBefore + n);
      long settled = System.nanoTime();
      running.set(false);
      for (Thread reader : readers) {
        reader.join();
      }
      sampler.join();

      CpuClock.Reading used = cpu.read().minus(cpuBefore);
      long[] databaseAfter = databaseCounts();
      Map<String, Long> statementsAfter = statementsByQuery();
      Map<String, Object> profile = null;
      if (recording != null) {
        recording.stop();
        Path file = WORK.resolve(kind.name().toLowerCase(Locale.ROOT) + "-run-" + settings.get("run", "0") + ".jfr");
        recording.dump(file);
        recording.close();
        profile = ProfileSummary.of(file, 20);
        profile.put("file", file.toString());
      }
      Map<String, Long> historyAfter = history();

      double wall = seconds(settled - start);
      long[] postNanos = merge(postLatencies);
      long[] getNanos = merge(readLatencies);
      Map<String, Object> phase = new LinkedHashMap<>();
      phase.put("count", n);
      phase.put("settledPerSecond", round(n / wall));
      phase.put("settleSeconds", round(wall));
      phase.put("postPerSecond", round(n / seconds(posted - start)));
      phase.put("postP50Ms", millis(percentile(postNanos, 0.50)));
      phase.put("postP99Ms", millis(percentile(postNanos, 0.99)));
      phase.put("cpuApplicationMsPerLead", round(used.applicationNanos() / 1e6 / n));
      phase.put("cpuPostgresMsPerLead", round(used.postgresNanos() / 1e6 / n));
      phase.put("cpuClientsMs", round(used.clientNanos() / 1e6));
      phase.put("cpuUsedPercentOfMachine", round(100.0 * (used.applicationNanos() + used.postgresNanos())
          / (settled - start) / Runtime.getRuntime().availableProcessors()));
      phase.put("cpuOthersPercentOfMachine", round(100.0 * used.othersNanos() / (settled - start)
          / Runtime.getRuntime().availableProcessors()));
      phase.put("statements", databaseAfter[0] - databaseBefore[0]);
      phase.put("commits", databaseAfter[1] - databaseBefore[1]);
      Map<String, Double> historyPerLead = new TreeMap<>();
      historyAfter.forEach((table, rows) -> {
        double perLead = (rows - historyBefore.getOrDefault(table, 0L)) / (double) n;
        if (perLead != 0) {
          historyPerLead.put(table, round(perLead));
        }
      });
      phase.put("historyRowsPerLead", round(historyPerLead.entrySet().stream()
          .filter(e -> !e.getKey().startsWith("bytes")).mapToDouble(Map.Entry::getValue).sum()));
      phase.put("historyKilobytesPerLead", round(historyPerLead.getOrDefault("bytes: act_hi_* and history byte arrays",
          0.0) / 1024));
      phase.put("historyPerLead", historyPerLead);
      phase.put("gets", getNanos.length);
      phase.put("getPerSecond", round(getNanos.length / wall));
      phase.put("getP50Ms", millis(percentile(getNanos, 0.50)));
      phase.put("getP99Ms", millis(percentile(getNanos, 0.99)));
      phase.put("inconsistentReads", inconsistentReads.get());
      long[] waiting = poolSamples.stream().mapToLong(sample -> sample[0]).toArray();
      phase.put("threadsWaitingForConnectionAvg", round(Arrays.stream(waiting).average().orElse(0)));
      phase.put("threadsWaitingForConnectionMax", Arrays.stream(waiting).max().orElse(0));
      phase.put("connectionsActiveAvg", round(poolSamples.stream().mapToLong(sample -> sample[1]).average()
          .orElse(0)));
      phase.put("outcomes", outcomes(kind));
      // not in the report: where the statements go, for whoever reads the run's JSON
      phase.put("topStatementsPerLead", statementsAfter.entrySet().stream()
          .map(e -> Map.entry(e.getKey(), e.getValue() - statementsBefore.getOrDefault(e.getKey(), 0L)))
          .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(60)
          .collect(Collectors.toMap(Map.Entry::getKey, e -> round(e.getValue() / (double) n), (a, b) -> a,
              LinkedHashMap::new)));
      if (profile != null) {
        phase.put("profile", profile);
      }
      return phase;
    }

    /**
     * Statements and transactions of the application so far, counted by PostgreSQL: the statements the application's
     * role ran (each entry of a JDBC batch is one), and the transactions committed in the database less the
     * benchmark's own queries (each one a transaction of its own). Waits first, as the server publishes its
     * transaction counts with a delay of up to half a second.
     */
    private long[] databaseCounts() throws SQLException {
      pause(1500);
      long statements = Long.parseLong(single("select coalesce(sum(calls), 0) from pg_stat_statements s "
          + "join pg_roles r on r.oid = s.userid where r.rolname = 'postgres'"));
      long transactions = Long.parseLong(single("select xact_commit from pg_stat_database "
          + "where datname = current_database()"));
      return new long[] {statements, transactions - monitorQueries.get()};
    }

    /** Statements the application's role ran so far, by query text. */
    private Map<String, Long> statementsByQuery() throws SQLException {
      Map<String, Long> calls = new LinkedHashMap<>();
      monitorQueries.incrementAndGet();
      try (Statement statement = monitor.createStatement(); ResultSet rows = statement.executeQuery(
          "select left(regexp_replace(query, '\\s+', ' ', 'g'), 300), sum(calls) from pg_stat_statements s "
              + "join pg_roles r on r.oid = s.userid where r.rolname = 'postgres' group by 1")) {
        while (rows.next()) {
          calls.put(rows.getString(1), rows.getLong(2));
        }
      }
      return calls;
    }

    /** Statements and transactions of one GET /api/leads/{id}, sign-in included, measured with nothing else running. */
    private double[] probeReads() throws SQLException {
      int gets = 200;
      WebClient http = WebClient.as(port, "api", "api");
      long[] before = databaseCounts();
      for (int i = 0; i < gets; i++) {
        http.get("/api/leads/" + leadIds.get(i % leadIds.size()));
      }
      long[] after = databaseCounts();
      return new double[] {(after[0] - before[0]) / (double) gets, (after[1] - before[1]) / (double) gets};
    }

    /** What the phases sent to the database per lead, their readers' GETs taken out. */
    private void perLead(List<Map<String, Object>> phases, double[] perGet) {
      for (Map<String, Object> phase : phases) {
        double n = ((Number) phase.get("count")).doubleValue();
        double gets = ((Number) phase.get("gets")).doubleValue();
        phase.put("statementsPerLead", round((((Number) phase.get("statements")).doubleValue() - gets * perGet[0]) / n));
        phase.put("commitsPerLead", round((((Number) phase.get("commits")).doubleValue() - gets * perGet[1]) / n));
        phase.put("statementsPerGet", round(perGet[0]));
        phase.put("commitsPerGet", round(perGet[1]));
      }
    }

    /** The clients post n leads (or bare runs) between them, each as fast as it is answered. */
    private void post(Kind kind, int n, int clients, List<long[]> latencies) throws InterruptedException {
      AtomicInteger remaining = new AtomicInteger(n);
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Thread client = new Thread(() -> {
          WebClient http = WebClient.as(port, "api", "api");
          long[] nanos = new long[n];
          int count = 0;
          while (remaining.getAndDecrement() > 0) {
            long begun = System.nanoTime();
            HttpResponse<String> response;
            if (kind == Kind.PIPELINE) {
              int number = leadNumber.incrementAndGet();
              response = http.postJson("/api/leads", LEAD.formatted(number), "Idempotency-Key", "lead-" + number);
            } else {
              response = http.postJson("/api/benchmark/bare-runs", "{}");
            }
            nanos[count++] = System.nanoTime() - begun;
            if (response.statusCode() != 201) {
              throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
            }
            if (kind == Kind.PIPELINE) {
              leadIds.add(read(response.body()).get("id").asText());
            }
          }
          synchronized (latencies) {
            latencies.add(Arrays.copyOf(nanos, count));
          }
        }, "bench-client-" + c);
        threads.add(client);
        client.start();
      }
      for (Thread client : threads) {
        client.join();
      }
    }

    /** A reader: GETs a random lead posted so far, checks the view is one state, pauses, again. */
    private long[] follow(AtomicBoolean running, AtomicLong inconsistent) {
      WebClient http = WebClient.as(port, "api", "api");
      long[] nanos = new long[1024];
      int count = 0;
      while (running.get()) {
        String id = leadIds.get(ThreadLocalRandom.current().nextInt(leadIds.size()));
        long begun = System.nanoTime();
        HttpResponse<String> response = http.get("/api/leads/" + id);
        long took = System.nanoTime() - begun;
        if (response.statusCode() != 200) {
          throw new IllegalStateException("GET answered " + response.statusCode() + ": " + response.body());
        }
        if (count == nanos.length) {
          nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = took;
        JsonNode lead = read(response.body());
        boolean awaitsCeo = "AWAITING_CEO_APPROVAL".equals(lead.path("status").asText());
        if (awaitsCeo && (lead.path("tier").isMissingNode() || lead.path("score").isMissingNode())) {
          inconsistent.incrementAndGet();
        }
        pause(settings.readerPauseMillis());
      }
      return Arrays.copyOf(nanos, count);
    }

    private static void samplePool(AtomicBoolean running, List<long[]> samples) {
      var pool = BenchmarkApplication.pool.getHikariPoolMXBean();
      while (running.get()) {
        samples.add(new long[] {pool.getThreadsAwaitingConnection(), pool.getActiveConnections()});
        pause(100);
      }
    }

    private void awaitSettled(Kind kind, long target) throws SQLException, InterruptedException {
      long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
      while (settled(kind) < target) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(kind + ": not settled within " + SETTLE_LIMIT + ", " + outcomes(kind));
        }
        Thread.sleep(50);
      }
    }

    /** Leads whose run waits for the CEO or ended; bare runs that ended. */
    private long settled(Kind kind) throws SQLException {
      return Long.parseLong(single(kind == Kind.PIPELINE
          ? "select count(*) from bb_lead where status <> 'IN_DISCOVERY' and incident is null"
          : "select count(*) from bb_run where process_id = '" + BenchmarkApplication.BARE_PROCESS
              + "' and status = 'COMPLETED'"));
    }

    private Map<String, Long> outcomes(Kind kind) throws SQLException {
      String query = kind == Kind.PIPELINE
          ? "select status || case when incident is null then '' else ' (incident)' end, count(*) from bb_lead "
              + "group by 1"
          : "select status, count(*) from bb_run where process_id = '" + BenchmarkApplication.BARE_PROCESS
              + "' group by status";
      Map<String, Long> outcomes = new TreeMap<>();
      monitorQueries.incrementAndGet();
      try (Statement statement = monitor.createStatement(); ResultSet rows = statement.executeQuery(query)) {
        while (rows.next()) {
          outcomes.put(rows.getString(1), rows.getLong(2));
        }
      }
      return outcomes;
    }

    /** Rows of every ACT_HI_* table and of the history's byte arrays, and their bytes on disk. */
    private Map<String, Long> history() throws SQLException {
      List<String> tables = new ArrayList<>();
      monitorQueries.incrementAndGet();
      try (Statement statement = monitor.createStatement(); ResultSet rows = statement.executeQuery(
          "select table_name from information_schema.tables where table_schema = current_schema() "
              + "and table_name like 'act\\_hi\\_%' order by table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      Map<String, Long> history = new TreeMap<>();
      long bytes = 0;
      for (String table : tables) {
        history.put(table, Long.parseLong(single("select count(*) from " + table)));
        bytes += Long.parseLong(single("select pg_total_relation_size('" + table + "')"));
      }
      // ResourceTypes.HISTORY
      history.put("act_ge_bytearray (history)", Long.parseLong(single(
          "select count(*) from act_ge_bytearray where type_ = 3")));
      bytes += Long.parseLong(single("select coalesce(sum(octet_length(bytes_)), 0) from act_ge_bytearray "
          + "where type_ = 3"));
      history.put("bytes: act_hi_* and history byte arrays", bytes);
      return history;
    }

    private String single(String query) throws SQLException {
      monitorQueries.incrementAndGet();
      try (Statement statement = monitor.createStatement(); ResultSet rows = statement.executeQuery(query)) {
        rows.next();
        return rows.getString(1);
      }
    }

    private static long backendPid(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
        rows.next();
        return rows.getLong(1);
      }
    }

    private static JsonNode read(String json) {
      try {
        return JSON.readTree(json);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---- the report ----

  static final class Report {

    /** Figures of the table: label, key, how the ratio reads (null: no ratio). */
    private static final List<String[]> FIGURES = List.of(
        new String[] {"leads settled per second", "settledPerSecond", "ratio"},
        new String[] {"POST per second", "postPerSecond", "ratio"},
        new String[] {"POST p50 (ms)", "postP50Ms", "ratio"},
        new String[] {"POST p99 (ms)", "postP99Ms", "ratio"},
        new String[] {"CPU per lead, application JVM (ms)", "cpuApplicationMsPerLead", "ratio"},
        new String[] {"CPU per lead, PostgreSQL (ms)", "cpuPostgresMsPerLead", "ratio"},
        new String[] {"CPU used, % of the machine", "cpuUsedPercentOfMachine", null},
        new String[] {"CPU used by other processes on the machine, %", "cpuOthersPercentOfMachine", null},
        new String[] {"SQL statements per lead", "statementsPerLead", "ratio"},
        new String[] {"transactions per lead", "commitsPerLead", "ratio"},
        new String[] {"history rows per lead", "historyRowsPerLead", "ratio"},
        new String[] {"history KB per lead", "historyKilobytesPerLead", "ratio"},
        new String[] {"GET /api/leads/{id} per second", "getPerSecond", null},
        new String[] {"GET p50 (ms)", "getP50Ms", null},
        new String[] {"GET p99 (ms)", "getP99Ms", null},
        new String[] {"SQL statements per GET (sign-in included)", "statementsPerGet", null},
        new String[] {"transactions per GET", "commitsPerGet", null},
        new String[] {"GETs showing a lead awaiting the CEO without tier or score", "inconsistentReads", null},
        new String[] {"threads waiting for a connection, average", "threadsWaitingForConnectionAvg", null},
        new String[] {"threads waiting for a connection, max", "threadsWaitingForConnectionMax", null},
        new String[] {"connections in use, average", "connectionsActiveAvg", null});

    @SuppressWarnings("unchecked")
    static String section(Settings settings, List<Map<String, Object>> runs, List<Map<String, Object>> scoring) {
      Map<String, Object> environment = (Map<String, Object>) runs.get(0).get("environment");
      StringBuilder md = new StringBuilder();
      md.append("Measured ").append(environment.get("date")).append(" on ").append(environment.get("cores"))
          .append(" cores, JDK ").append(environment.get("jdk")).append(", heap ").append(environment.get("heap"))
          .append(", PostgreSQL ").append(environment.get("postgres")).append(" (embedded; ")
          .append(environment.get("postgresSettings")).append("), connection pool ").append(environment.get("poolSize"))
          .append(", `bb.worker.max-in-flight` ").append(environment.get("workerMaxInFlight"))
          .append(", `max-completing` ").append(environment.getOrDefault("workerMaxCompleting", "unbounded"))
          .append(", history level ").append(environment.get("historyLevel")).append(" (writes ")
          .append(environment.getOrDefault("historyWrites", "full")).append("). ").append(settings.leads()).append(" leads and ")
          .append(settings.leads()).append(" bare runs posted by ").append(settings.clients()).append(" clients, ")
          .append(settings.readers()).append(" readers GET a random lead every ").append(settings.readerPauseMillis())
          .append(" ms, after a warm-up of ").append(settings.warmup()).append(" of each; median of ")
          .append(runs.size()).append(" runs, each a fresh JVM and database")
          .append(settings.applicationArguments().isEmpty() ? "" : "; application arguments `"
              + String.join(" ", settings.applicationArguments()) + "`")
          .append(settings.profile() ? "; recorded with JFR (profile settings)" : "").append(".\n\n");
      md.append("| figure | bare engine | client discovery | discovery ÷ bare |\n| --- | ---: | ---: | ---: |\n");
      for (String[] figure : FIGURES) {
        double bare = median(runs, "bare", figure[1]);
        double pipeline = median(runs, "pipeline", figure[1]);
        md.append("| ").append(figure[0]).append(" | ").append(number(bare)).append(" | ").append(number(pipeline))
            .append(" | ").append(figure[2] == null || bare == 0 ? "" : String.format(Locale.ROOT, "%.2f", pipeline / bare))
            .append(" |\n");
      }
      md.append("\nPer run (bare / discovery, leads settled per second): ").append(runs.stream()
          .map(run -> number(value(run, "bare", "settledPerSecond")) + " / "
              + number(value(run, "pipeline", "settledPerSecond")))
          .collect(Collectors.joining("; "))).append(". POST p99: ").append(runs.stream()
          .map(run -> number(value(run, "pipeline", "postP99Ms")) + " ms").collect(Collectors.joining("; ")))
          .append(". GET p99: ").append(runs.stream()
          .map(run -> number(value(run, "pipeline", "getP99Ms")) + " ms").collect(Collectors.joining("; ")))
          .append(".\n\n");
      Map<String, Object> last = (Map<String, Object>) runs.get(runs.size() - 1).get("pipeline");
      Map<String, Object> lastBare = (Map<String, Object>) runs.get(runs.size() - 1).get("bare");
      md.append("History per lead (last run; rows, and bytes on disk): discovery ")
          .append(inline((Map<String, Object>) last.get("historyPerLead")))
          .append("; bare ").append(inline((Map<String, Object>) lastBare.get("historyPerLead"))).append(".\n\n");
      md.append("Outcomes (last run, all leads of the run): discovery ").append(last.get("outcomes")).append(", bare ")
          .append(lastBare.get("outcomes")).append(".\n\n");
      if (!scoring.isEmpty()) {
        md.append("Lead-scoring decision, warm, one thread (`LeadScoringMicroBenchmark`, 10 s warm-up, 10 s timed):\n\n");
        md.append("| DMN engine | decision | evaluations | mean (µs) | p50 (µs) | p99 (µs) | CPU (µs) |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map<String, Object> row : scoring) {
          md.append("| ").append(row.get("engine")).append(" | ").append(row.get("decision")).append(" | ")
              .append(row.get("evaluations")).append(" | ").append(row.get("meanMicros")).append(" | ")
              .append(row.get("p50Micros")).append(" | ").append(row.get("p99Micros")).append(" | ")
              .append(row.get("cpuMicros")).append(" |\n");
        }
        md.append('\n');
      }
      for (String phase : List.of("pipeline", "bare")) {
        Map<String, Object> profile = (Map<String, Object>) ((Map<String, Object>) runs.get(runs.size() - 1)
            .get(phase)).get("profile");
        if (profile != null) {
          md.append("Profile of the ").append(phase.equals("pipeline") ? "client discovery" : "bare")
              .append(" phase (last run, ").append(profile.get("samples"))
              .append(" execution samples of the application's threads). Samples with the component on the stack:\n\n");
          md.append("| component | samples |\n| --- | ---: |\n");
          for (Map<String, Object> row : (List<Map<String, Object>>) profile.get("components")) {
            md.append("| ").append(row.get("component")).append(" | ").append(row.get("share")).append(" |\n");
          }
          md.append("\nTop methods (the sample's top frame):\n\n| method | samples |\n| --- | ---: |\n");
          for (Map<String, Object> row : (List<Map<String, Object>>) profile.get("topMethods")) {
            md.append("| `").append(row.get("method")).append("` | ").append(row.get("share")).append(" |\n");
          }
          md.append('\n');
        }
      }
      md.append("Reproduce (runs while holding the build lock, so no other build shares the machine):\n\n```\n")
          .append("flock /tmp/bb-maven.lock ").append(settings.command()).append("\n```\n");
      return md.toString();
    }

    /** Replaces the section of the label on the page, or adds it at the end. */
    static void write(Path page, String label, String section) throws IOException {
      String begin = "<!-- results: " + label + " -->";
      String end = "<!-- end of results: " + label + " -->";
      String text = Files.exists(page) ? Files.readString(page) : "# Pipeline throughput benchmark\n";
      String block = begin + "\n" + section + end;
      int from = text.indexOf(begin);
      int to = text.indexOf(end);
      text = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
          : text + "\n## Results: " + label + "\n\n" + block + "\n";
      Files.createDirectories(page.toAbsolutePath().getParent());
      Files.writeString(page, text);
    }

    private static String inline(Map<String, Object> perTable) {
      return perTable.entrySet().stream().sorted(Map.Entry.<String, Object>comparingByValue(
              (a, b) -> Double.compare(((Number) b).doubleValue(), ((Number) a).doubleValue())))
          .map(e -> e.getKey().startsWith("bytes") ? number(((Number) e.getValue()).doubleValue() / 1024) + " KB"
              : e.getKey() + " " + number(((Number) e.getValue()).doubleValue()))
          .collect(Collectors.joining(", "));
    }

    private static double median(List<Map<String, Object>> runs, String phase, String key) {
      double[] values = runs.stream().mapToDouble(run -> value(run, phase, key)).sorted().toArray();
      int middle = values.length / 2;
      return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    @SuppressWarnings("unchecked")
    private static double value(Map<String, Object> run, String phase, String key) {
      Object value = ((Map<String, Object>) run.get(phase)).get(key);
      return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static String number(double value) {
      if (value == Math.rint(value) && Math.abs(value) < 1e9) {
        return String.valueOf((long) value);
      }
      return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
          value);
    }
  }

  // ---- numbers ----

  private static long[] merge(List<long[]> parts) {
    synchronized (parts) {
      return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }
  }

  private static long percentile(long[] sorted, double quantile) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * quantile) - 1)];
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private PipelineThroughputBenchmark() {}
}
