package com.businessbuilder.engine.camunda7.security;

import static com.businessbuilder.system.security.BusinessGroups.CEO;
import static com.businessbuilder.system.security.BusinessGroups.IDENTITY_ADMINS;
import static com.businessbuilder.system.security.BusinessGroups.INTEGRATIONS;
import static com.businessbuilder.system.security.BusinessGroups.OPERATORS;
import static com.businessbuilder.system.security.BusinessGroups.PROCESS_OWNERS;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.*;

import com.businessbuilder.system.security.BusinessGroups;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The business groups and what each may do in the engine, kept exactly as listed here: at every start the
 * groups' grants on all resources ({@code *}) and on the webapps are set to this baseline, and such grants
 * not listed are removed, so a grant widened in Admin does not survive a restart. Grants on single resources
 * (one filter, one task) are left alone. {@link SeparationOfDuties} limits what any grant can allow.
 */
@Component
class GroupGrants {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  static final String ADMIN = "admin";

  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}

  static final List<Grant> BASELINE = List.of(
      new Grant(CEO, Resources.APPLICATION, TASKLIST, Permissions.ACCESS),
      new Grant(CEO, Resources.PROCESS_DEFINITION, ANY, READ),

      new Grant(OPERATORS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
      // UPDATE_INSTANCE / UPDATE only because the engine asks for them to retry an external task;
      // SeparationOfDuties refuses every other change they would allow
      new Grant(OPERATORS, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK,
          READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE, READ_TASK_VARIABLE, RETRY_JOB, SUSPEND, SUSPEND_INSTANCE,
          UPDATE_INSTANCE),
      new Grant(OPERATORS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
          ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB, ProcessInstancePermissions.SUSPEND),
      new Grant(OPERATORS, Resources.TASK, ANY, TaskPermissions.READ),
      new Grant(OPERATORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
      new Grant(OPERATORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
      new Grant(OPERATORS, Resources.DEPLOYMENT, ANY, Permissions.READ),
      new Grant(OPERATORS, Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY,
          BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES, BatchPermissions.CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES,
          BatchPermissions.CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND),
      new Grant(OPERATORS, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ),
      new Grant(OPERATORS, Resources.DASHBOARD, ANY, Permissions.READ),
      new Grant(OPERATORS, Resources.REPORT, ANY, Permissions.READ),
      new Grant(OPERATORS, Resources.SYSTEM, ANY, SystemPermissions.READ),
      new Grant(OPERATORS, Resources.USER, ANY, Permissions.READ),
      new Grant(OPERATORS, Resources.GROUP, ANY, Permissions.READ),

      new Grant(PROCESS_OWNERS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS),
      new Grant(PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE),
      new Grant(PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, READ, UPDATE, SUSPEND, READ_INSTANCE),
      new Grant(PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ),
      new Grant(PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),

      new Grant(INTEGRATIONS, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY),
      new Grant(INTEGRATIONS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),

      new Grant(IDENTITY_ADMINS, Resources.APPLICATION, ADMIN, Permissions.ACCESS),
      new Grant(IDENTITY_ADMINS, Resources.USER, ANY, Permissions.ALL),
      new Grant(IDENTITY_ADMINS, Resources.GROUP, ANY, Permissions.ALL),
      new Grant(IDENTITY_ADMINS, Resources.GROUP_MEMBERSHIP, ANY, Permissions.ALL),
      new Grant(IDENTITY_ADMINS, Resources.AUTHORIZATION, ANY, Permissions.ALL),
      new Grant(IDENTITY_ADMINS, Resources.TENANT, ANY, Permissions.ALL),
      new Grant(IDENTITY_ADMINS, Resources.TENANT_MEMBERSHIP, ANY, Permissions.ALL));

  private static final Set<String> WEBAPPS = Set.of(TASKLIST, COCKPIT, ADMIN);

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
    group(IDENTITY_ADMINS, "Identity administrators", Groups.GROUP_TYPE_SYSTEM);
    BASELINE.forEach(this::setExactly);
    removeUnlisted();
  }

  /** Adds a grant on one resource (a filter, say) without touching the group's other permissions there. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = find(groupId, resource, resourceId);
    if (authorization != null && Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    if (authorization == null) {
      authorization = newGrant(groupId, resource, resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private void setExactly(Grant grant) {
    Authorization authorization = find(grant.groupId(), grant.resource(), grant.resourceId());
    if (authorization == null) {
      authorization = newGrant(grant.groupId(), grant.resource(), grant.resourceId());
    }
    authorization.setPermissions(grant.permissions());
    authorizations.saveAuthorization(authorization);
  }

  private void removeUnlisted() {
    for (String groupId : BusinessGroups.ALL) {
      for (Authorization authorization : authorizations.createAuthorizationQuery()
          .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).list()) {
        boolean managed = ANY.equals(authorization.getResourceId())
            || (authorization.getResourceType() == Resources.APPLICATION.resourceType()
                && WEBAPPS.contains(authorization.getResourceId()));
        boolean listed = BASELINE.stream().anyMatch(grant -> grant.groupId().equals(groupId)
            && grant.resource().resourceType() == authorization.getResourceType()
            && grant.resourceId().equals(authorization.getResourceId()));
        if (managed && !listed) {
          authorizations.deleteAuthorization(authorization.getId());
        }
      }
    }
  }

  private Authorization find(String groupId, Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }

  private Authorization newGrant(String groupId, Resource resource, String resourceId) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
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
