package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.BusinessGroups;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What no grant can allow a signed-in person or machine over the engine's APIs (engine REST, webapps), checked
 * by the engine on every command before its authorizations:
 * <ul>
 *   <li>a CEO gate (a user task with candidate group {@code ceo}) is claimed, completed, (re)assigned, changed or
 *   deleted only by a member of {@code ceo};</li>
 *   <li>runs are not started, restarted, modified, migrated, signalled, correlated, deleted or given variables:
 *   the pipelines start and steer them through the application's API, which checks the business rules;</li>
 *   <li>what remains is watching and repairing: retrying failed jobs and external tasks, unlocking a dead
 *   worker's task, suspending and activating, commenting and annotating incidents.</li>
 * </ul>
 * The application itself (its worker, its API, tests) runs without a signed-in user and is not affected.
 * Extends the engine's authorization checker, so everything the authorizations refuse stays refused.
 */
class SeparationOfDuties extends AuthorizationCommandChecker {

  /** Repairs an operator may make to a run: they retry or release work, they never decide it. */
  private static final List<Class<?>> REPAIRS = List.of(
      SetExternalTaskRetriesCmd.class, SetExternalTaskPriorityCmd.class, UnlockExternalTaskCmd.class,
      AbstractSetStateCmd.class, ResolveIncidentCmd.class, SetAnnotationForIncidentCmd.class,
      UpdateCommentCmd.class, DeleteProcessInstanceCommentCmd.class);

  /** Batches that would change runs later, as jobs without the signed-in user. */
  private static final Set<Permission> RUN_CHANGING_BATCHES = Set.of(
      BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES, BatchPermissions.CREATE_BATCH_MODIFY_PROCESS_INSTANCES,
      BatchPermissions.CREATE_BATCH_RESTART_PROCESS_INSTANCES,
      BatchPermissions.CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES, BatchPermissions.CREATE_BATCH_SET_VARIABLES,
      BatchPermissions.CREATE_BATCH_CORRELATE_MESSAGE);

  @Override
  public void checkTaskWork(TaskEntity task) {
    onlyTheCeoDecides(task, "claim, complete or resolve");
    super.checkTaskWork(task);
  }

  @Override
  public void checkTaskAssign(TaskEntity task) {
    onlyTheCeoDecides(task, "assign, delegate or change the candidates of");
    super.checkTaskAssign(task);
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
    onlyTheCeoDecides(task, "change the variables of");
    super.checkUpdateTaskVariable(task);
  }

  @Override
  public void checkDeleteTask(TaskEntity task) {
    onlyTheCeoDecides(task, "delete");
    super.checkDeleteTask(task);
  }

  @Override
  public void checkCreateProcessInstance(ProcessDefinition definition) {
    noRunChange("start or restart runs of '" + definition.getKey() + "'");
    super.checkCreateProcessInstance(definition);
  }

  @Override
  public void checkUpdateProcessInstance(ExecutionEntity execution) {
    if (!isRepair()) {
      noRunChange("modify, signal or move run " + execution.getProcessInstanceId());
    }
    super.checkUpdateProcessInstance(execution);
  }

  @Override
  public void checkUpdateProcessInstanceById(String processInstanceId) {
    if (!isRepair()) {
      noRunChange("correlate messages or signals to run " + processInstanceId + " or do the work of its tasks");
    }
    super.checkUpdateProcessInstanceById(processInstanceId);
  }

  @Override
  public void checkUpdateProcessInstanceVariables(ExecutionEntity execution) {
    noRunChange("change the variables of run " + execution.getProcessInstanceId());
    super.checkUpdateProcessInstanceVariables(execution);
  }

  @Override
  public void checkCreateMigrationPlan(ProcessDefinition source, ProcessDefinition target) {
    noRunChange("migrate runs of '" + source.getKey() + "'");
    super.checkCreateMigrationPlan(source, target);
  }

  @Override
  public void checkMigrateProcessInstance(ExecutionEntity processInstance, ProcessDefinition target) {
    noRunChange("migrate run " + processInstance.getProcessInstanceId());
    super.checkMigrateProcessInstance(processInstance, target);
  }

  @Override
  public void checkDeleteProcessInstance(ExecutionEntity execution) {
    noRunChange("cancel run " + execution.getProcessInstanceId());
    super.checkDeleteProcessInstance(execution);
  }

  @Override
  public void checkCreateBatch(Permission permission) {
    if (RUN_CHANGING_BATCHES.contains(permission)) {
      noRunChange("create a batch that would " + permission.getName().toLowerCase().replace('_', ' '));
    }
    super.checkCreateBatch(permission);
  }

  static boolean isCeoGate(TaskEntity task) {
    return task.getTaskDefinition() != null && task.getTaskDefinition().getCandidateGroupIdExpressions().stream()
        .map(Expression::getExpressionText)
        .anyMatch(BusinessGroups.CEO::equals);
  }

  private static void onlyTheCeoDecides(TaskEntity task, String action) {
    Authentication user = signedIn();
    if (user != null && isCeoGate(task) && !groupsOf(user).contains(BusinessGroups.CEO)) {
      throw new AuthorizationException("Only the CEO may " + action + " the CEO gate '" + task.getName() + "' ("
          + task.getId() + "); " + user.getUserId() + " is not in the group '" + BusinessGroups.CEO + "'.");
    }
  }

  private static void noRunChange(String action) {
    Authentication user = signedIn();
    if (user != null) {
      throw new AuthorizationException("No one may " + action + " over the engine's APIs (" + user.getUserId()
          + " tried): runs are started and steered through the application's API, and operators may only "
          + "retry, unlock, suspend and comment.");
    }
  }

  private static boolean isRepair() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && REPAIRS.stream().anyMatch(repair -> repair.isInstance(invocation.getCommand()));
  }

  /** The person or machine the engine API call runs for; none for the application's own calls. */
  private static Authentication signedIn() {
    CommandContext context = Context.getCommandContext();
    Authentication authentication = context == null ? null : context.getAuthentication();
    return authentication == null || authentication.getUserId() == null ? null : authentication;
  }

  private static List<String> groupsOf(Authentication user) {
    if (user.getGroupIds() != null) {
      return user.getGroupIds();
    }
    return Context.getCommandContext().getReadOnlyIdentityProvider().createGroupQuery()
        .groupMember(user.getUserId()).list().stream().map(Group::getId).toList();
  }
}
