package com.businessbuilder.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local OpenAI-compatible chat endpoint ({@code POST /v1/chat/completions}) that answers a fixed completion after
 * a configurable latency and counts the requests it is serving at once: tests prove concurrency by counting here,
 * not by timing.
 */
public final class FakeOpenAiServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads;
  private final Duration latency;
  private final Function<String, String> answers;
  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicInteger served = new AtomicInteger();

  private FakeOpenAiServer(Duration latency, Function<String, String> answers) throws IOException {
    this.latency = latency;
    this.answers = answers;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    this.threads = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "fake-openai");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/v1/chat/completions", this::chatCompletion);
    server.start();
  }

  public static FakeOpenAiServer start(Duration latency) {
    return start(latency, request -> QA_VERDICT);
  }

  /**
   * A fake whose assistant message is chosen per request.
   *
   * @param answers from the request body to the assistant message's content
   */
  public static FakeOpenAiServer start(Duration latency, Function<String, String> answers) {
    try {
      return new FakeOpenAiServer(latency, answers);
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the fake OpenAI server", e);
    }
  }

  /** The base URL an OpenAI client is configured with, ending in {@code /v1}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  /** The most requests that were being served at the same moment. */
  public int peakConcurrentRequests() {
    return peak.get();
  }

  public int requestsServed() {
    return served.get();
  }

  private void chatCompletion(HttpExchange exchange) throws IOException {
    try (exchange; InputStream request = exchange.getRequestBody()) {
      String requestBody = new String(request.readAllBytes(), StandardCharsets.UTF_8);
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      peak.accumulateAndGet(current.incrementAndGet(), Math::max);
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
        return;
      } finally {
        current.decrementAndGet();
      }
      byte[] body = completion(served.incrementAndGet(), answers.apply(requestBody)).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream response = exchange.getResponseBody()) {
        response.write(body);
      }
    }
  }

  private static final String QA_VERDICT =
      "{\"verdict\":\"PASS\",\"score\":0.92,\"summary\":\"The draft covers the brief.\"}";

  private static String completion(int number, String content) {
    try {
      return JSON.writeValueAsString(Map.of(
          "id", "chatcmpl-fake-" + number, "object", "chat.completion", "created", System.currentTimeMillis() / 1000,
          "model", "fake-gpt", "system_fingerprint", "fp_fake",
          "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
              "message", Map.of("role", "assistant", "content", content))),
          "usage", Map.of("prompt_tokens", 412, "completion_tokens", 96, "total_tokens", 508)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
