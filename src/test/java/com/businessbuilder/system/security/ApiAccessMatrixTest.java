package com.businessbuilder.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix of docs/security.md, cell by cell, against the running application: an allowed caller gets
 * past security (its request may still be a 400 or 404), a refused one gets 403, and a user in no group gets 403
 * everywhere. Every endpoint of the API has a rule, so a new one is closed until someone decides who may call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiAccessMatrixTest {

  private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PATCH|PUT|DELETE) (/api/[^`]+)` \\|(.+)\\|$");
  private static final List<String> COLUMNS = List.of(BusinessGroups.CEO, BusinessGroups.OPERATORS,
      BusinessGroups.PROCESS_OWNERS, BusinessGroups.INTEGRATIONS, BusinessGroups.IDENTITY_ADMINS);
  private static final Map<String, String> DEMO_USER = Map.of(BusinessGroups.CEO, "ceo",
      BusinessGroups.OPERATORS, "operator", BusinessGroups.PROCESS_OWNERS, "owner",
      BusinessGroups.INTEGRATIONS, "api", BusinessGroups.IDENTITY_ADMINS, "admin");

  record Cell(String method, String route, String group, boolean allowed) {}

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void everyCellOfTheMatrixHolds() throws IOException {
    List<Cell> cells = matrix();
    assertThat(cells).hasSize(ApiAccess.RULES.size() * COLUMNS.size());

    for (Cell cell : cells) {
      HttpResponse<String> answer = call(DEMO_USER.get(cell.group()), cell);
      if (cell.allowed()) {
        assertThat(answer.statusCode()).as(cell + ": " + answer.body()).isNotIn(401, 403).isLessThan(500);
      } else {
        assertThat(answer.statusCode()).as(cell.toString()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      }
    }
  }

  @Test
  void theMatrixInTheDocsIsTheOneTheApplicationEnforces() throws IOException {
    List<String> documented = matrix().stream()
        .filter(cell -> cell.allowed())
        .map(cell -> cell.method() + " " + cell.route().replaceAll("\\{[^}]+}", "*") + " " + cell.group())
        .sorted().toList();
    List<String> enforced = ApiAccess.RULES.stream()
        .flatMap(rule -> rule.groups().stream().map(group -> rule.method().name() + " " + rule.path() + " " + group))
        .sorted().toList();

    assertThat(documented).isEqualTo(enforced);
  }

  @Test
  void aUserInNoGroupGetsNothing() throws IOException {
    WebClient admin = WebClient.as(port, "admin", "admin");
    admin.postJson("/engine-rest/user/create",
        "{\"profile\": {\"id\": \"nobody\"}, \"credentials\": {\"password\": \"Nobody-Pa55word!\"}}");
    try {
      for (Cell cell : matrix().stream().filter(cell -> cell.group().equals(BusinessGroups.CEO)).toList()) {
        assertThat(call("nobody", cell, "Nobody-Pa55word!").statusCode()).as(cell.route()).isEqualTo(403);
      }
    } finally {
      admin.delete("/engine-rest/user/nobody");
    }
  }

  @Test
  void everyEndpointOfTheApiHasARule() {
    List<String> endpoints = mappings.getHandlerMethods().keySet().stream()
        .flatMap(info -> info.getPatternValues().stream()
            .filter(path -> path.startsWith("/api/") && !path.startsWith("/api/webhooks/"))
            .flatMap(path -> info.getMethodsCondition().getMethods().stream()
                .map(method -> method.name() + " " + path.replaceAll("\\{[^}]+}", "*"))))
        .sorted().toList();
    List<String> ruled = ApiAccess.RULES.stream().map(rule -> rule.method().name() + " " + rule.path()).toList();

    assertThat(endpoints).isNotEmpty();
    assertThat(ruled).containsAll(endpoints);
  }

  private HttpResponse<String> call(String user, Cell cell) {
    return call(user, cell, user);
  }

  private HttpResponse<String> call(String user, Cell cell, String password) {
    String path = cell.route().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
    boolean hasBody = !HttpMethod.GET.name().equals(cell.method());
    return WebClient.as(port, user, password).send(cell.method(), path, hasBody ? "application/json" : null,
        hasBody ? "{}" : null);
  }

  static List<Cell> matrix() throws IOException {
    List<Cell> cells = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("docs/security.md"))) {
      Matcher row = ROW.matcher(line.trim());
      if (!row.matches()) {
        continue;
      }
      List<String> marks = Arrays.stream(row.group(3).split("\\|")).map(String::trim).toList();
      assertThat(marks).as(line).hasSize(COLUMNS.size()).allMatch(mark -> mark.equals("✓") || mark.equals("–"));
      for (int column = 0; column < COLUMNS.size(); column++) {
        cells.add(new Cell(row.group(1), row.group(2), COLUMNS.get(column), marks.get(column).equals("✓")));
      }
    }
    return cells;
  }
}
