package com.gendan.identity;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every user's Tasklist filters: my tasks, my groups' tasks, overdue. Stored queries may not hold
 * expressions (engine hardening), so each filter names its user and groups literally, and the
 * overdue filter's cut-off is moved forward on a schedule.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "我的任务";
  static final String MY_GROUPS_TASKS = "我所在组的任务";
  static final String OVERDUE = "已逾期";

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityService identityService;

  TasklistFilters(FilterService filterService, TaskService taskService,
      IdentityService identityService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** Creates the filters that users are missing, e.g. after an admin added a user or a group. */
  void createMissingForAllUsers() {
    for (User user : identityService.createUserQuery().list()) {
      createMissing(user.getId());
    }
  }

  void createMissing(String userId) {
    List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList();
    createIfMissing(userId, MY_TASKS, -10, "分配给我的任务",
        taskService.createTaskQuery().taskAssignee(userId).orderByDueDate().asc());
    if (!groupIds.isEmpty()) {
      createIfMissing(userId, MY_GROUPS_TASKS, -5, "我所在组可领取的任务",
          taskService.createTaskQuery().taskCandidateGroupIn(groupIds).orderByDueDate().asc());
    }
    createIfMissing(userId, OVERDUE, 0, "已过期限、尚未完成的任务", overdueQuery());
  }

  @Scheduled(fixedDelayString = "${gendan.tasklist.overdue-refresh:PT5M}")
  void refreshOverdueCutOff() {
    List<Filter> overdueFilters = filterService.createFilterQuery().filterName(OVERDUE).list();
    for (Filter filter : overdueFilters) {
      filter.setQuery(overdueQuery());
      filterService.saveFilter(filter);
    }
    createMissingForAllUsers();
    LOG.debug("moved the cut-off of {} overdue filters", overdueFilters.size());
  }

  private TaskQuery overdueQuery() {
    return taskService.createTaskQuery().dueBefore(new Date()).orderByDueDate().asc();
  }

  private void createIfMissing(String userId, String name, int priority, String description,
      TaskQuery query) {
    long existing = filterService.createFilterQuery().filterOwner(userId).filterName(name).count();
    if (existing > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name)
        .setOwner(userId)
        .setQuery(query)
        .setProperties(Map.of("priority", priority, "description", description,
            "refresh", true));
    filterService.saveFilter(filter);
  }
}
