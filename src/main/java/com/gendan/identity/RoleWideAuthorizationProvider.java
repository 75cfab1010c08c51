package com.gendan.identity;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's authorization provider without the grants it writes for every task (to its assignee,
 * owner and candidates). Gendan grants work by role, for whole processes ({@link
 * RoleAuthorizations}, {@link RoutedTaskGrants}); the customer scope comes from tenants; and who of
 * the role works a given task is the task routing rule's business. So the authorization table does
 * not grow with the work: with per-task grants every command of a user with groups scanned a table
 * that grew by several rows per task, history included.
 */
class RoleWideAuthorizationProvider extends DefaultAuthorizationProvider {

  private static final AuthorizationEntity[] NONE = null;

  @Override
  public AuthorizationEntity[] newTask(Task task) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    return NONE;
  }
}
