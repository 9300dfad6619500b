package com.businessbuilder.reliability;

import com.businessbuilder.testing.WebClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Integrations that submit leads and open deals over the API, a few per second on two threads, each request with an
 * {@code Idempotency-Key} of its own. A request whose answer is lost (the application was killed, or is not up yet)
 * is sent again with the same key until it is answered, as a well-behaved client does.
 */
final class Customers {

  /** One request that creates something. */
  record Request(String path, String key, String body) {}

  private static final long PAUSE_MILLIS = 400;
  private static final long RETRY_MILLIS = 250;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebClient api;
  private final List<Request> requests;
  private final Map<String, String> leads = new ConcurrentHashMap<>();
  private final Map<String, String> deals = new ConcurrentHashMap<>();
  private final AtomicInteger cut = new AtomicInteger();
  private final AtomicInteger replayed = new AtomicInteger();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final List<Future<?>> running = new ArrayList<>();

  Customers(int port, List<Request> requests) {
    this.api = WebClient.as(port, "api", "api");
    this.requests = requests;
  }

  /** The leads, and after every tenth lead a deal: {@code leads} leads and {@code leads / 10} deals. */
  static List<Request> leadsAndDeals(int leads) {
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < leads; i++) {
      requests.add(new Request("/api/leads", CrashWorkload.leadKey(i), CrashWorkload.lead(i)));
      if (i % 10 == 0) {
        requests.add(new Request("/api/deals", CrashWorkload.dealKey(i / 10), CrashWorkload.deal(i / 10)));
      }
    }
    return requests;
  }

  void start() {
    for (int thread = 0; thread < 2; thread++) {
      int first = thread;
      running.add(threads.submit(() -> {
        for (int i = first; i < requests.size(); i += 2) {
          send(requests.get(i));
          pause(PAUSE_MILLIS);
        }
      }));
    }
  }

  boolean done() {
    return running.stream().allMatch(Future::isDone);
  }

  /** Waits for the last answers; a request that failed for another reason than a lost answer fails here. */
  void finish() throws Exception {
    for (Future<?> thread : running) {
      thread.get();
    }
    threads.shutdown();
  }

  /** Lead id by Idempotency-Key, of every lead accepted so far. */
  Map<String, String> leads() {
    return Map.copyOf(leads);
  }

  /** Deal id by Idempotency-Key. */
  Map<String, String> deals() {
    return Map.copyOf(deals);
  }

  /** Requests whose answer was lost at least once and that were sent again with the same key. */
  int cut() {
    return cut.get();
  }

  /** Of those, the ones the application had carried out before it died: the answer said "replayed". */
  int replayed() {
    return replayed.get();
  }

  private void send(Request request) {
    boolean lost = false;
    while (true) {
      try {
        HttpResponse<String> response = api.postJson(request.path(), request.body(), "Idempotency-Key",
            request.key());
        if (response.statusCode() != 201) {
          throw new AssertionError(request.path() + " " + request.key() + " answered " + response.statusCode()
              + ": " + response.body());
        }
        if (lost) {
          cut.incrementAndGet();
          if ("true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null))) {
            replayed.incrementAndGet();
          }
        }
        String id = JSON.readTree(response.body()).get("id").asText();
        (request.path().equals("/api/leads") ? leads : deals).put(request.key(), id);
        return;
      } catch (IllegalStateException unanswered) {
        if (!(unanswered.getCause() instanceof IOException)) {
          throw unanswered;
        }
        lost = true;
        pause(RETRY_MILLIS);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
