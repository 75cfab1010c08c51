package com.gendan.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.gendan.identity.PeopleDirectory;
import com.gendan.process.BuiltInListeners;

/**
 * Only the user who claimed a task completes it. The engine lets every candidate with the right
 * to work a task complete it, even one another candidate holds; a manager who wants someone else
 * to finish it reassigns it first. Steps the engine takes by itself (no user) and admins are not
 * held to it. Attached to every user task, so no model can forget it.
 */
@Component
class ClaimedTaskRule extends AbstractProcessEnginePlugin {

  private final PeopleDirectory people;

  /** Lazy: the directory needs engine services, which exist only after this plugin has run. */
  ClaimedTaskRule(@Lazy PeopleDirectory people) {
    this.people = people;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BuiltInListeners.onEveryUserTask(configuration, TaskListener.EVENTNAME_COMPLETE,
        task -> check(task, configuration, people));
  }

  private static void check(DelegateTask task, ProcessEngineConfigurationImpl configuration,
      PeopleDirectory people) {
    CommandContext command = Context.getCommandContext();
    String user = command == null ? null : command.getAuthenticatedUserId();
    String assignee = task.getAssignee();
    if (user == null || assignee == null || assignee.equals(user)) {
      return;
    }
    if (!EngineAdmins.isAdmin(configuration, user, command.getAuthenticatedGroupIds())) {
      throw new TaskClaimedByOtherException(people.displayName(assignee));
    }
  }
}
