package com.gendan.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import com.gendan.security.Grants;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

/**
 * The standing grants of each role, all of them role-wide: nothing is granted per instance or task.
 * Assistants and reps hold theirs for every process, and the engine's tenant check keeps them to
 * their own customers' instances (com.gendan.scope.CustomerTenants); departments hold theirs for
 * the processes that route work to them ({@link RoutedTaskGrants}); which task a user may claim or
 * complete is the task routing rule's business.
 */
@Component
class RoleAuthorizations {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final Grants grants;

  RoleAuthorizations(Grants grants) {
    this.grants = grants;
  }

  void grantAll(Map<String, List<String>> processStarters) {
    for (Role role : Role.values()) {
      if (role == Role.ADMIN) {
        continue; // camunda.bpm.admin-user grants camunda-admin everything
      }
      grantEveryRole(role.groupId());
      if (role.seesAllCustomers()) {
        grantReadAll(role.groupId());
      }
      if (role.limitedToOwnCustomers()) {
        grantOwnCustomersWork(role.groupId());
      }
      if (role.limitedToOwnCustomers() || role.seesAllCustomers() && role != Role.AUDITOR) {
        grants.toGroup(
            role.groupId(), PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.TASK_WORK);
      }
      if (role == Role.SALES_MANAGER) {
        // a claimed task is finished by its assignee only; the manager hands it on if need be
        grants.toGroup(role.groupId(), TASK, ANY, TaskPermissions.TASK_ASSIGN);
      }
      if (role == Role.PROCESS_OWNER) {
        grantModelling(role.groupId());
      }
    }
    processStarters.forEach(
        (processKey, groupIds) ->
            groupIds.forEach(
                groupId -> {
                  grants.toGroup(
                      groupId,
                      PROCESS_DEFINITION,
                      processKey,
                      ProcessDefinitionPermissions.READ,
                      ProcessDefinitionPermissions.CREATE_INSTANCE);
                  grants.toGroup(groupId, PROCESS_INSTANCE, ANY, CREATE);
                }));
  }

  /** Tasklist, and the names of processes, people and groups that tasks show. */
  private void grantEveryRole(String groupId) {
    grants.toGroup(groupId, APPLICATION, TASKLIST, ACCESS);
    grants.toGroup(groupId, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    grants.toGroup(groupId, USER, ANY, READ);
    grants.toGroup(groupId, GROUP, ANY, READ);
  }

  /**
   * Assistants and reps read the instances, tasks and history of every process, within their
   * customers' tenants: the tenant check, not these grants, keeps out other customers' work.
   */
  private void grantOwnCustomersWork(String groupId) {
    grants.toGroup(
        groupId,
        PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
  }

  /**
   * Process owners deploy models (what the engine lets through is checked against the model
   * conventions, com.gendan.deployment) and read the deployments and definitions in Cockpit, but no
   * instance, task, variable or history: no customer's work. Running instances are migrated to a
   * new version by an admin (the engine REST API's migration is an operation, refused to others).
   */
  private void grantModelling(String groupId) {
    grants.toGroup(groupId, APPLICATION, COCKPIT, ACCESS);
    grants.toGroup(groupId, DEPLOYMENT, ANY, CREATE, READ);
    grants.toGroup(groupId, DECISION_DEFINITION, ANY, READ);
    grants.toGroup(groupId, DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
  }

  /**
   * Managers, finance, top management and auditors read every customer's work; none of it lets them
   * change anything that is not routed to them.
   */
  private void grantReadAll(String groupId) {
    grants.toGroup(groupId, APPLICATION, COCKPIT, ACCESS);
    grants.toGroup(
        groupId,
        PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    grants.toGroup(groupId, PROCESS_INSTANCE, ANY, READ);
    grants.toGroup(groupId, TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
    grants.toGroup(groupId, DECISION_DEFINITION, ANY, READ, READ_HISTORY);
    grants.toGroup(groupId, DEPLOYMENT, ANY, READ);
  }
}
