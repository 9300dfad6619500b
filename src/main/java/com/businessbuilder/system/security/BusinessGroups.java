package com.businessbuilder.system.security;

import java.util.List;

/**
 * The Camunda groups the company is organised in. Group ids double as Spring Security roles
 * ({@code ROLE_ceo}, ...) and as candidate groups in the models ({@code camunda:candidateGroups="ceo"}).
 */
public final class BusinessGroups {

  /** Works the approval gates in Tasklist. */
  public static final String CEO = "ceo";
  /** Runs the system in Cockpit: watches runs, retries incidents, suspends; never decides or steers a run. */
  public static final String OPERATORS = "operators";
  /** Deploy and maintain the process, decision and form models. */
  public static final String PROCESS_OWNERS = "process-owners";
  /** Machines calling the REST APIs; no web application. */
  public static final String INTEGRATIONS = "integrations";
  /** Administer users, groups and authorizations in Admin; nothing else. */
  public static final String IDENTITY_ADMINS = "identity-admins";

  public static final List<String> ALL = List.of(CEO, OPERATORS, PROCESS_OWNERS, INTEGRATIONS, IDENTITY_ADMINS);

  /** The groups that work in a web application (ours, Tasklist, Cockpit or Admin); integrations have none. */
  public static final List<String> WITH_WEBAPP = List.of(CEO, OPERATORS, PROCESS_OWNERS, IDENTITY_ADMINS);

  private BusinessGroups() {
  }

  public static String role(String groupId) {
    return "ROLE_" + groupId;
  }

  /**
   * Whether someone in these groups may sign in on the form: not an integration account that is in no group with
   * a web application (a user in no group at all may sign in, and gets nothing).
   */
  public static boolean hasWebapp(java.util.Collection<String> groupIds) {
    return !groupIds.contains(INTEGRATIONS) || groupIds.stream().anyMatch(WITH_WEBAPP::contains);
  }
}
