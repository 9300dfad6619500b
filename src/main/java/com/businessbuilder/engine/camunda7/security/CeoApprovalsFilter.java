package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.BusinessGroups;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/** The Tasklist filter that shows the CEO the gates waiting for a decision as soon as they sign in. */
@Component
class CeoApprovalsFilter {

  static final String NAME = "CEO approvals";

  private final FilterService filters;
  private final TaskService tasks;
  private final GroupGrants grants;

  CeoApprovalsFilter(FilterService filters, TaskService tasks, GroupGrants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  void ensure() {
    Filter filter = filters.createFilterQuery().filterName(NAME).list().stream().findFirst()
        .orElseGet(this::create);
    grants.grant(BusinessGroups.CEO, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private Filter create() {
    Filter filter = filters.newTaskFilter(NAME)
        .setQuery(tasks.createTaskQuery()
            .or()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .taskAssigneeExpression("${currentUser()}")
            .endOr())
        .setProperties(Map.of(
            "description", "Gates waiting for the CEO's decision",
            "priority", -10,
            "refresh", true));
    return filters.saveFilter(filter);
  }
}
