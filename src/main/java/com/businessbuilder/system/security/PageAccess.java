package com.businessbuilder.system.security;

import static com.businessbuilder.system.security.BusinessGroups.CEO;
import static com.businessbuilder.system.security.BusinessGroups.IDENTITY_ADMINS;
import static com.businessbuilder.system.security.BusinessGroups.OPERATORS;
import static com.businessbuilder.system.security.BusinessGroups.PROCESS_OWNERS;

import java.util.List;

/**
 * Which business group may open which of the application's own pages: the page section of the matrix in {@code
 * docs/security.md}, checked cell by cell by a test. Integration accounts have no pages at all: their sign-in on the
 * form is refused ({@link BusinessGroups#hasWebapp}). What a page shows inside depends on the groups too (the home
 * page is the CEO's command center, the operators' view, or links).
 */
final class PageAccess {

  record Rule(String path, List<String> groups) {

    String[] roles() {
      return groups.toArray(String[]::new);
    }
  }

  static final List<Rule> RULES = List.of(
      new Rule("/", List.of(CEO, OPERATORS, PROCESS_OWNERS, IDENTITY_ADMINS)),
      new Rule("/home/live", List.of(CEO, OPERATORS, PROCESS_OWNERS, IDENTITY_ADMINS)),
      new Rule("/pipelines/**", List.of(CEO, OPERATORS)),
      // the contract a gate's form links to: the CEO's, as GET /api/documents/{id} is (ApiAccess)
      new Rule("/documents/*", List.of(CEO)));

  private PageAccess() {}
}
