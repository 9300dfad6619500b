package com.businessbuilder.engine.camunda7.security;


import static com.businessbuilder.system.security.BusinessGroups.CEO;
import static com.businessbuilder.system.security.BusinessGroups.INTEGRATIONS;
import static com.businessbuilder.system.security.BusinessGroups.OPERATORS;
import static com.businessbuilder.system.security.BusinessGroups.PROCESS_OWNERS;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The business groups and what each may do in the engine. Idempotent: missing groups, grants and permissions
 * are added, nothing is removed, so a restart restores the baseline without undoing extra grants made in Admin.
 */
@Component
class GroupGrants {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  static final String ADMIN = "admin";

  /**
   * Operators get explicit grants instead of engine admin rights (camunda-admin), because an engine admin skips
   * every authorization check and could decide the CEO's gates. These process definition permissions would let
   * them claim, complete or change a gate, so they are left out.
   */
  static final Set<ProcessDefinitionPermissions> GATE_DECIDING = EnumSet.of(
      ProcessDefinitionPermissions.NONE, ProcessDefinitionPermissions.ALL,
      ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN,
      ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE);

  /** Resources operators get ALL on; the historic ones need historic instance permissions switched on. */
  private static final Set<Resources> OPERATOR_FULL_ACCESS = EnumSet.complementOf(EnumSet.of(
      Resources.APPLICATION, Resources.TASK, Resources.PROCESS_DEFINITION,
      Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE));

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  GroupGrants(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  void ensure() {
    group(CEO, "CEO", Groups.GROUP_TYPE_WORKFLOW);
    group(OPERATORS, "Operators", Groups.GROUP_TYPE_SYSTEM);
    group(PROCESS_OWNERS, "Process owners", Groups.GROUP_TYPE_WORKFLOW);
    group(INTEGRATIONS, "Integrations", Groups.GROUP_TYPE_SYSTEM);

    grant(CEO, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(CEO, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(CEO, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

    grant(OPERATORS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(OPERATORS, Resources.APPLICATION, ADMIN, Permissions.ACCESS);
    OPERATOR_FULL_ACCESS.forEach(resource -> grant(OPERATORS, resource, ANY, Permissions.ALL));
    grant(OPERATORS, Resources.PROCESS_DEFINITION, ANY, Arrays.stream(ProcessDefinitionPermissions.values())
        .filter(permission -> !GATE_DECIDING.contains(permission)).toArray(Permission[]::new));
    grant(OPERATORS, Resources.TASK, ANY, TaskPermissions.READ);

    grant(PROCESS_OWNERS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
    grant(PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND);
    grant(PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

    grant(INTEGRATIONS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(INTEGRATIONS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization != null
        && Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }
}
