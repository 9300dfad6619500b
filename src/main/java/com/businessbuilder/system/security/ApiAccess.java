package com.businessbuilder.system.security;

import static com.businessbuilder.system.security.BusinessGroups.CEO;
import static com.businessbuilder.system.security.BusinessGroups.INTEGRATIONS;
import static com.businessbuilder.system.security.BusinessGroups.OPERATORS;
import static com.businessbuilder.system.security.BusinessGroups.PROCESS_OWNERS;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Which business group may call which route of the application's API: the matrix of {@code docs/security.md},
 * which a test checks cell by cell against the running application. A route not listed here is refused to
 * everyone (403, or 404 for a path that does not exist), and a user in none of the groups gets nothing.
 */
final class ApiAccess {

  record Rule(HttpMethod method, String path, List<String> groups) {

    String[] roles() {
      return groups.toArray(String[]::new);
    }
  }

  static final List<Rule> RULES = List.of(
      new Rule(HttpMethod.POST, "/api/leads", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/leads", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/leads/*", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.PATCH, "/api/leads/*", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.POST, "/api/deals", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/deals", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/deals/*", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.POST, "/api/deals/*/messages", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.POST, "/api/projects", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/projects", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/projects/*", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.POST, "/api/projects/*/messages", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.POST, "/api/initiatives", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/initiatives", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/initiatives/*", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.POST, "/api/initiatives/*/messages", List.of(CEO)),
      new Rule(HttpMethod.GET, "/api/deliverables/*", List.of(CEO, OPERATORS)),
      new Rule(HttpMethod.GET, "/api/agents", List.of(CEO, OPERATORS, PROCESS_OWNERS, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/agent-calls", List.of(CEO, OPERATORS)),
      new Rule(HttpMethod.POST, "/api/tensions", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/tensions", List.of(CEO, OPERATORS, PROCESS_OWNERS)),
      new Rule(HttpMethod.GET, "/api/tensions/*", List.of(CEO, OPERATORS, PROCESS_OWNERS)),
      new Rule(HttpMethod.GET, "/api/governance/records", List.of(CEO, OPERATORS, PROCESS_OWNERS)),
      new Rule(HttpMethod.GET, "/api/outbox", List.of(CEO, OPERATORS, INTEGRATIONS)),
      new Rule(HttpMethod.POST, "/api/outbox/*/resolution", List.of(OPERATORS)),
      new Rule(HttpMethod.GET, "/api/documents", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/documents/*", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/ledger/invoices", List.of(CEO, INTEGRATIONS)),
      new Rule(HttpMethod.GET, "/api/ledger/invoices.csv", List.of(CEO, INTEGRATIONS)));

  private ApiAccess() {}
}
