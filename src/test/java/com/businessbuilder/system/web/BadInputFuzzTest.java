package com.businessbuilder.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hundreds of generated bad requests against every endpoint of the API, on PostgreSQL (where a NUL byte in a text
 * once made a 500): each is answered with a 4xx problem detail, never a 5xx, and none creates anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "embedded-postgres"})
class BadInputFuzzTest {

  static final String NO_SUCH_ID = "00000000-0000-0000-0000-000000000000";
  static final List<String> TABLES = List.of("bb_lead", "bb_deal", "bb_deal_message", "bb_mail", "bb_document",
      "bb_deliverable", "bb_agent_call", "bb_project", "bb_project_milestone", "bb_project_change", "bb_work_task",
      "bb_signature_event", "bb_ledger_invoice", "bb_tension", "bb_governance_record", "bb_initiative",
      "bb_initiative_message", "event_publication",
      "act_ru_execution", "act_ru_task");

  record Route(String method, String path, String user, String validBody) {}

  record Probe(String method, String path, String user, String contentType, byte[] body, String why) {
    @Override
    public String toString() {
      return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " (" + why + ")";
    }
  }

  static final List<Route> ROUTES = List.of(
      new Route("POST", "/api/leads", "api", "{\"company\":\"Fuzz Co\",\"contactEmail\":\"a@fuzz.example\","
          + "\"industry\":\"software\",\"employees\":50,\"annualBudget\":1000,\"notes\":\"n\"}"),
      new Route("GET", "/api/leads", "api", null),
      new Route("GET", "/api/leads/{id}", "api", null),
      new Route("PATCH", "/api/leads/{id}", "api", "{\"notes\":\"learnt later\"}"),
      new Route("POST", "/api/deals", "api", "{\"company\":\"Fuzz Co\",\"contactEmail\":\"a@fuzz.example\","
          + "\"contactName\":\"Dana\",\"employees\":50,\"notes\":\"n\",\"risk\":\"low\"}"),
      new Route("GET", "/api/deals", "api", null),
      new Route("GET", "/api/deals/{id}", "api", null),
      new Route("POST", "/api/deals/{id}/messages", "api", "{\"type\":\"reply\",\"text\":\"hello\"}"),
      new Route("POST", "/api/projects", "api", "{\"company\":\"Fuzz Co\",\"contactEmail\":\"a@fuzz.example\","
          + "\"requirements\":[\"A portal\"],\"price\":1000,\"deliveryWeeks\":4,\"risk\":\"low\"}"),
      new Route("GET", "/api/projects", "api", null),
      new Route("GET", "/api/projects/{id}", "api", null),
      new Route("POST", "/api/projects/{id}/messages", "api", "{\"type\":\"feedback\",\"rating\":5,\"text\":\"ok\"}"),
      new Route("POST", "/api/initiatives", "api", "{\"goal\":\"Open a fuzz shop for tests\",\"budget\":1000,"
          + "\"deadline\":\"2099-01-01\"}"),
      new Route("GET", "/api/initiatives", "api", null),
      new Route("GET", "/api/initiatives/{id}", "api", null),
      new Route("POST", "/api/initiatives/{id}/messages", "ceo", "{\"type\":\"instruction\",\"text\":\"go\"}"),
      new Route("GET", "/api/deliverables/{id}", "ceo", null),
      new Route("GET", "/api/agents", "api", null),
      new Route("GET", "/api/agent-calls", "ceo", null),
      new Route("POST", "/api/tensions", "api", "{\"roleId\":\"hr\",\"whatIs\":\"Roles change by hand\","
          + "\"whatShouldBe\":\"Roles change through governance\"}"),
      new Route("GET", "/api/tensions", "ceo", null),
      new Route("GET", "/api/tensions/{id}", "ceo", null),
      new Route("GET", "/api/governance/records", "ceo", null),
      new Route("GET", "/api/outbox", "api", null),
      new Route("POST", "/api/outbox/{id}/resolution", "operator", "{\"outcome\":\"SENT\"}"),
      new Route("GET", "/api/documents", "api", null),
      new Route("GET", "/api/documents/{id}", "api", null),
      new Route("GET", "/api/ledger/invoices", "api", null),
      new Route("GET", "/api/ledger/invoices.csv", "api", null),
      new Route("POST", "/api/webhooks/docusign", null, "{\"event\":\"envelope-completed\"}"),
      new Route("POST", "/api/webhooks/quickbooks", null, "{\"eventNotifications\":[]}"));

  static final List<String> BAD_IDS = List.of("%00", "..%2f..", "%2e%2e", "x".repeat(5000), "%ff%fe", "a%0d%0ab",
      "%3Cscript%3E", "'%20or%201=1--", "%c0%af", "..;", "x;jsessionid=1", "%5c..%5c", "%25", "%20", "%7f",
      "a%09b", "%e2%80%ae", "null", "-1", "%2e");
  static final List<String> BAD_QUERIES = List.of("status=%00", "status=%3Cscript%3E", "page=-1", "page=abc",
      "page=99999999999999", "size=0", "size=1000000", "sort=%00", "sort=company;drop", "sort=nosuchfield,desc",
      "sort=company,sideways", "createdFrom=yesterday", "createdFrom=%00", "createdTo=2026-13-45",
      "leadId=" + "x".repeat(3000), "dealId=%07", "tier=%1b", "%00=x", "stage=NOWHERE", "status=" + "s".repeat(2500),
      "processInstanceId=%00", "leadId=a&dealId=b");
  static final List<String> BAD_TEXT = List.of("true", "-1", "1.5", "[]", "{}", "\"\\u0000\"", "\"a\\u0007b\"",
      "\"\\u001b[31m\"", "\"" + "x".repeat(100_000) + "\"", "1e309");
  static final List<String> BAD_NUMBER = List.of("\"12\"", "1.5", "true", "[]", "{}", "\"\\u0000\"", "1e309",
      "99999999999999999999999", "-5", "\"\"");
  /** Number fields where a fraction is valid. */
  static final Set<String> AMOUNTS = Set.of("price", "budget");
  static final List<String> BAD_BODIES = List.of("", "{", "null", "[]", "\"text\"", "{\"a\":", "{}}",
      "[".repeat(5000), "{\"company\":\"Fuzz\",\"compnay\":\"typo\"}", "\uFEFF{}", "{\"company\":\"\\ud800\"}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void badRequestsAreClearProblemsAndCreateNothing() throws Exception {
    Map<String, Long> before = counts();
    List<Probe> probes = probes(new Random(20261130));
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    // a few callers at once, as on a real server; each answer is judged on its own
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (Probe probe : probes) {
        sent.add(callers.submit(() -> {
          judge(probe, send(probe)).ifPresent(failures::add);
          return null;
        }));
      }
      for (Future<?> answer : sent) {
        answer.get();
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(probes).hasSizeGreaterThanOrEqualTo(500);
    assertThat(BAD_IDS).as("every bad id was sent").allMatch(id -> probes.stream()
        .anyMatch(probe -> probe.why().equals("bad id") && probe.path().contains(id)));
    assertThat(WRONG_METHODS).as("every wrong method was sent").allMatch(method -> probes.stream()
        .anyMatch(probe -> probe.method().equals(method)));
    assertThat(WRONG_CONTENT_TYPES).as("every wrong content type was sent").allMatch(type -> probes.stream()
        .anyMatch(probe -> type.equals(probe.contentType())));
    assertThat(BAD_TEXT).as("every bad text value was sent").allMatch(bad -> probes.stream()
        .anyMatch(probe -> probe.why().endsWith("=" + shorten(bad))));
    assertThat(BAD_NUMBER).as("every bad number value was sent").allMatch(bad -> probes.stream()
        .anyMatch(probe -> probe.why().endsWith("=" + shorten(bad))));
    assertThat(BAD_QUERIES).as("every bad query was sent").allMatch(query -> probes.stream()
        .anyMatch(probe -> probe.path().endsWith("?" + query)));
    assertThat(failures).as(failures.size() + " of " + probes.size() + " bad requests answered wrongly").isEmpty();
    assertThat(counts()).as("nothing was created").isEqualTo(before);
  }

  private static java.util.Optional<String> judge(Probe probe, HttpResponse<String> answer) {
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (answer.statusCode() >= 500) {
      return java.util.Optional.of(answer.statusCode() + " " + probe + ": " + shorten(answer.body()));
    } else if (answer.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
      return java.util.Optional.of(answer.statusCode() + " without a problem detail (" + type + ") " + probe + ": "
          + shorten(answer.body()));
    } else if (answer.statusCode() < 400 && !probe.method().equals("GET")) {
      return java.util.Optional.of(answer.statusCode() + " accepted " + probe);
    }
    return java.util.Optional.empty();
  }

  @Test
  void theErrorPageItselfIsA404Problem() throws Exception {
    HttpResponse<String> error = send(new Probe("GET", "/error", "api", null, null, "the error page"));

    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  static final List<String> WRONG_METHODS = List.of("PUT", "DELETE", "TRACE");
  static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x");

  static List<Probe> probes(Random random) {
    List<Probe> probes = new ArrayList<>();
    Rotation ids = new Rotation(BAD_IDS, 8);
    Rotation queries = new Rotation(BAD_QUERIES, 11);
    Rotation methods = new Rotation(WRONG_METHODS, 1);
    Rotation contentTypes = new Rotation(WRONG_CONTENT_TYPES, 2);
    Rotation badTexts = new Rotation(BAD_TEXT, 5);
    Rotation badNumbers = new Rotation(BAD_NUMBER, 4);
    for (Route route : ROUTES) {
      String path = route.path().replace("{id}", NO_SUCH_ID);
      if (route.path().contains("{id}")) {
        for (String id : ids.next()) {
          probes.add(new Probe(route.method(), route.path().replace("{id}", id), route.user(),
              route.validBody() == null ? null : "application/json", bytes(route.validBody()), "bad id"));
        }
      }
      if (route.method().equals("GET") && !route.path().contains("{id}")) {
        for (String query : queries.next()) {
          probes.add(new Probe("GET", path + "?" + query, route.user(), null, null, "bad query " + query));
        }
      }
      for (String method : methods.next()) {
        probes.add(new Probe(method, path, route.user(), "application/json", bytes("{}"), "wrong method"));
      }
      probes.add(new Probe(route.method(), path + "/extra/segments", route.user(), null, null, "no such path"));
      if (route.validBody() == null) {
        continue;
      }
      for (String body : BAD_BODIES) {
        probes.add(new Probe(route.method(), path, route.user(), "application/json", bytes(body),
            "bad body " + shorten(body)));
      }
      for (String contentType : contentTypes.next()) {
        probes.add(new Probe(route.method(), path, route.user(), contentType, bytes(route.validBody()),
            "content type " + contentType));
      }
      probes.add(new Probe(route.method(), path, route.user(), "application/json",
          new byte[] {'{', '"', 'c', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "invalid UTF-8"));
      for (Map.Entry<String, String> field : fields(route.validBody()).entrySet()) {
        List<String> badValues = field.getValue().startsWith("\"") ? badTexts.next() : badNumbers.next();
        for (String bad : badValues) {
          if (bad.equals("1.5") && AMOUNTS.contains(field.getKey())) {
            continue; // a price of 1.50 is a price
          }
          probes.add(new Probe(route.method(), path, route.user(), "application/json",
              bytes(route.validBody().replace("\"" + field.getKey() + "\":" + field.getValue(),
                  "\"" + field.getKey() + "\":" + bad)), field.getKey() + "=" + shorten(bad)));
        }
      }
      byte[] huge = new byte[2 * 1024 * 1024 + random.nextInt(1024)];
      java.util.Arrays.fill(huge, (byte) ' ');
      huge[0] = '{';
      huge[huge.length - 1] = '}';
      probes.add(new Probe(route.method(), path, route.user(), "application/json", huge, "2 MB body"));
    }
    return probes;
  }

  /**
   * The bad ids, queries, methods, content types and field values in turns: each route (or field) gets the next few,
   * so every value is sent,
   * each route gets several, and the probes stay a few hundred rather than every value on every route.
   */
  static final class Rotation {
    private final List<String> values;
    private final int perRoute;
    private int next;

    Rotation(List<String> values, int perRoute) {
      this.values = values;
      this.perRoute = perRoute;
    }

    List<String> next() {
      List<String> turn = new ArrayList<>();
      for (int i = 0; i < perRoute; i++) {
        turn.add(values.get(next++ % values.size()));
      }
      return turn;
    }
  }

  /** The top-level fields of a flat JSON object as written, e.g. {@code company -> "Fuzz Co"}. */
  static Map<String, String> fields(String json) {
    Map<String, String> fields = new LinkedHashMap<>();
    var matcher = java.util.regex.Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[^,}]+)").matcher(json);
    while (matcher.find()) {
      fields.put(matcher.group(1), matcher.group(2));
    }
    return fields;
  }

  private HttpResponse<String> send(Probe probe) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe.path()))
        .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
    if (probe.user() != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((probe.user() + ":" + probe.user()).getBytes(StandardCharsets.UTF_8)));
    }
    if (probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private static byte[] bytes(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  private static String shorten(String text) {
    return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }
}
