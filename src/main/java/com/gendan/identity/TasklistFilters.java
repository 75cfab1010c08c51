package com.gendan.identity;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.gendan.schedule.IsolatedLoop;

/**
 * Every user's Tasklist filters: my tasks, my groups' tasks, overdue. Stored queries may not hold
 * expressions (engine hardening), so each filter names its user literally, and the overdue
 * filter's cut-off is moved forward on a schedule.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "我的任务";
  static final String MY_GROUPS_TASKS = "我所在组的任务";
  static final String OVERDUE = "已逾期";

  /** Bump when a filter's query or properties change, so existing users' filters follow. */
  static final int DEFINITION = 2;
  static final String DEFINITION_KEY = "gendanDefinition";

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final IsolatedLoop loop;

  TasklistFilters(FilterService filterService, TaskService taskService,
      IdentityService identityService, IsolatedLoop loop) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.loop = loop;
  }

  /**
   * Brings every user's filters to their current definition: creates missing ones (a new user, a
   * new group) and moves the overdue cut-off to now. The first run is IdentityBootstrap's, once
   * the users exist; the schedule only keeps them fresh.
   */
  @Scheduled(fixedDelayString = "${gendan.tasklist.overdue-refresh:PT5M}",
      initialDelayString = "${gendan.tasklist.overdue-refresh:PT5M}")
  void refreshAll() {
    List<User> users = identityService.createUserQuery().list();
    int refreshed = loop.forEach("tasklistFilters", users, user -> "user " + user.getId(), user -> {
      refresh(user.getId());
      return true;
    });
    LOG.debug("refreshed the Tasklist filters of {} of {} users", refreshed, users.size());
  }

  void refresh(String userId) {
    upsert(userId, MY_TASKS, -10, "分配给我的任务", false,
        taskService.createTaskQuery().taskAssignee(userId).orderByDueDate().asc());
    // A candidate user query also finds the tasks offered to the user's groups.
    upsert(userId, MY_GROUPS_TASKS, -5, "我所在组或指定给我、可以领取的任务", false,
        taskService.createTaskQuery().taskCandidateUser(userId).orderByDueDate().asc());
    upsert(userId, OVERDUE, 0, "已过期限、尚未完成的任务", true,
        taskService.createTaskQuery().dueBefore(new Date()).orderByDueDate().asc());
  }

  private static boolean isCurrent(Filter filter) {
    Object stored = filter.getProperties().get(DEFINITION_KEY);
    return String.valueOf(DEFINITION).equals(String.valueOf(stored));
  }

  /**
   * Creates the filter, or rewrites it when its definition changed ({@link #DEFINITION}) or it
   * moves with time ({@code moving}, the overdue cut-off); an unchanged filter is left alone.
   */
  private void upsert(String userId, String name, int priority, String description,
      boolean moving, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterOwner(userId).filterName(name)
        .singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name).setOwner(userId);
    } else if (!moving && isCurrent(filter)) {
      return;
    }
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "description", description,
        "refresh", true, DEFINITION_KEY, DEFINITION));
    filterService.saveFilter(filter);
  }
}
