package com.businessbuilder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as it ships: the Spring Boot jar that {@code ./mvnw package} builds, run with {@code java -jar} as
 * a child process with the {@code postgres} profile, on the same port and database each time it is started. Each
 * start logs to a file of its own next to the results.
 */
final class PackagedApplication implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private final Path jar;
  private final Path folder;
  private final Map<String, String> database;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;

  PackagedApplication(Path jar, Path folder, String jdbcUrl, String user) {
    assertThat(jar).as("the packaged application (./mvnw package)").isRegularFile();
    this.jar = jar;
    this.folder = folder;
    this.database = Map.of("BB_DB_URL", jdbcUrl, "BB_DB_USER", user, "BB_DB_PASSWORD", "");
    this.port = freePort();
  }

  int port() {
    return port;
  }

  /** Starts the application and waits until it reports healthy; answers how long that took. */
  Duration start() throws IOException, InterruptedException {
    long begun = System.nanoTime();
    Path log = folder.resolve("application-" + ++starts + ".log");
    ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port,
        "--spring.profiles.active=postgres")
        .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(database);
    process = builder.start();
    while (!healthy()) {
      if (!process.isAlive()) {
        throw new AssertionError("The application ended during start-up with exit code " + process.exitValue()
            + ":\n" + tail(log));
      }
      if (Duration.ofNanos(System.nanoTime() - begun).compareTo(START_LIMIT) > 0) {
        throw new AssertionError("The application did not report healthy within " + START_LIMIT + ":\n" + tail(log));
      }
      Thread.sleep(250);
    }
    return Duration.ofNanos(System.nanoTime() - begun);
  }

  /** {@code kill -9}: no shutdown hook runs, nothing is stopped or released, the worker's locks stay behind. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process ended").isTrue();
    assertThat(process.exitValue()).as("ended by SIGKILL (exit code 128 + 9)").isEqualTo(137);
  }

  /** Stops the application as an operator does (SIGTERM), so that it releases what it holds. */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private boolean healthy() throws InterruptedException {
    try {
      HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
          .timeout(Duration.ofSeconds(5)).build();
      return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
