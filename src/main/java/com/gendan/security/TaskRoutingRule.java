package com.gendan.security;

import com.gendan.identity.PeopleDirectory;
import com.gendan.process.BuiltInListeners;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who may work a task: the roles' grants let their members work tasks of a whole process
 * (role-wide, nothing written per task), and this rule narrows that to the task's routing, as the
 * engine's per-task grants used to. A task is claimed only by one of its candidates (a candidate
 * user, or a member of a candidate group) and completed only by its assignee, or by a candidate
 * while no one holds it. The engine checks the grant itself (TASK_WORK); a manager who wants
 * someone else to finish a task reassigns it (TASK_ASSIGN). Steps the engine takes by itself (no
 * user) and admins are not held to it. Attached to every user task, so no model can forget it.
 */
@Component
class TaskRoutingRule extends AbstractProcessEnginePlugin {

  static final String NOT_ROUTED = "此任务未分派给您或您所在的组，您不能领取或办理";

  private final PeopleDirectory people;

  /** Lazy: the directory needs engine services, which exist only after this plugin has run. */
  TaskRoutingRule(@Lazy PeopleDirectory people) {
    this.people = people;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BuiltInListeners.onEveryUserTask(
        configuration,
        TaskListener.EVENTNAME_COMPLETE,
        task -> checkCompletion(task, configuration));
    BuiltInListeners.onEveryUserTask(
        configuration, TaskListener.EVENTNAME_ASSIGNMENT, task -> checkClaim(task, configuration));
  }

  private void checkCompletion(DelegateTask task, ProcessEngineConfigurationImpl configuration) {
    Actor actor = Actor.current(configuration);
    if (actor == null) {
      return;
    }
    String assignee = task.getAssignee();
    if (actor.userId().equals(assignee)) {
      return;
    }
    if (!actor.isCandidateOf(task)) {
      throw new ExplainedRefusal(NOT_ROUTED);
    }
    if (assignee != null) {
      throw new TaskClaimedByOtherException(people.displayName(assignee));
    }
  }

  /**
   * A claim only: assignments by the model, or by a manager who hands a task on (TASK_ASSIGN,
   * checked by the engine), are not claims.
   */
  private static void checkClaim(DelegateTask task, ProcessEngineConfigurationImpl configuration) {
    var invocation = Context.getCommandInvocationContext();
    if (invocation == null || !(invocation.getCommand() instanceof ClaimTaskCmd)) {
      return;
    }
    Actor actor = Actor.current(configuration);
    if (actor == null || !actor.userId().equals(task.getAssignee()) || actor.isCandidateOf(task)) {
      return;
    }
    throw new ExplainedRefusal(NOT_ROUTED);
  }

  /** The user the current command runs for; null for the engine itself and for admins. */
  private record Actor(String userId, List<String> groupIds) {

    static Actor current(ProcessEngineConfigurationImpl configuration) {
      CommandContext command = Context.getCommandContext();
      String userId = command == null ? null : command.getAuthenticatedUserId();
      if (userId == null) {
        return null;
      }
      List<String> groupIds =
          Objects.requireNonNullElse(command.getAuthenticatedGroupIds(), List.of());
      return EngineAdmins.isAdmin(configuration, userId, groupIds)
          ? null
          : new Actor(userId, groupIds);
    }

    boolean isCandidateOf(DelegateTask task) {
      for (IdentityLink candidate : task.getCandidates()) {
        if (userId.equals(candidate.getUserId())
            || candidate.getGroupId() != null && groupIds.contains(candidate.getGroupId())) {
          return true;
        }
      }
      return false;
    }
  }
}
