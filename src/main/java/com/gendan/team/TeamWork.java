package com.gendan.team;

import com.gendan.identity.PeopleDirectory;
import com.gendan.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What a sales manager needs to see of the team's work: each assistant's open tasks (how many, how
 * many overdue, the oldest), and the documents stuck at a step: past its due date, or there longer
 * than {@code gendan.team.stuck-after}. Read as the manager from the open work only (tasks, and the
 * open waits' activity instances), so it costs what the open work is, not the history.
 */
@Service
class TeamWork {

  /** More than a department has open at once; the view lists the oldest first. */
  static final int MAX_STUCK = 500;

  private static final int MAX_TEAM = 500;

  /** The wait states that are not tasks: the document waits for an answer or a date. */
  private static final Set<String> WAITS =
      Set.of(
          "receiveTask",
          "eventBasedGateway",
          "intermediateMessageCatch",
          "intermediateSignalCatch",
          "intermediateTimer");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final PeopleDirectory people;
  private final Clock clock;
  private final Duration stuckWait;

  TeamWork(
      TaskService tasks,
      RuntimeService runtime,
      HistoryService history,
      IdentityService identity,
      PeopleDirectory people,
      Clock clock,
      @Value("${gendan.team.stuck-after}") Duration stuckWait) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.people = people;
    this.clock = clock;
    this.stuckWait = stuckWait;
  }

  /** Each assistant's open work, the busiest (most overdue) first. */
  List<Workload> workload() {
    Date now = Date.from(clock.instant());
    List<Workload> team = new ArrayList<>();
    for (User assistant :
        identity
            .createUserQuery()
            .memberOfGroup(Role.SALES_ASSISTANT.groupId())
            .orderByUserId()
            .asc()
            .listPage(0, MAX_TEAM)) {
      String userId = assistant.getId();
      List<Task> oldest = assigned(userId).orderByTaskCreateTime().asc().listPage(0, 1);
      team.add(
          new Workload(
              userId,
              people.displayName(userId),
              assigned(userId).count(),
              assigned(userId).dueBefore(now).count(),
              oldest.isEmpty() ? null : TeamTask.of(oldest.get(0))));
    }
    team.sort(
        Comparator.comparingLong(Workload::overdue)
            .thenComparingLong(Workload::open)
            .reversed()
            .thenComparing(Workload::userId));
    return team;
  }

  private TaskQuery assigned(String userId) {
    return tasks.createTaskQuery().taskAssignee(userId).active();
  }

  /**
   * The documents stuck at a step, the longest stuck first: tasks past their due date; tasks not
   * yet due but open longer than the stuck limit (a customer's answer awaited, an order in
   * correction, a sample without result); and waits for a message or a date as long.
   */
  List<StuckDocument> stuck() {
    Instant now = clock.instant();
    Instant stuckBefore = now.minus(stuckWait);
    String tooLong = "停留超过" + stuckWait.toDays() + "天";
    UnaryOperator<String> nameOf = people.namesLookedUpOnce();
    List<StuckDocument> stuck = new ArrayList<>();
    tasks
        .createTaskQuery()
        .active()
        .dueBefore(Date.from(now))
        .orderByDueDate()
        .asc()
        .listPage(0, MAX_STUCK)
        .forEach(task -> stuck.add(stuckTask(task, "已逾期", task.getDueDate().toInstant(), nameOf)));
    tasks
        .createTaskQuery()
        .active()
        .taskCreatedBefore(Date.from(stuckBefore))
        .orderByTaskCreateTime()
        .asc()
        .listPage(0, MAX_STUCK)
        .stream()
        .filter(task -> task.getDueDate() == null || !task.getDueDate().toInstant().isBefore(now))
        .forEach(
            task ->
                stuck.add(
                    stuckTask(
                        task, tooLong, task.getCreateTime().toInstant().plus(stuckWait), nameOf)));
    for (String type : WAITS) {
      history
          .createHistoricActivityInstanceQuery()
          .unfinished()
          .activityType(type)
          .startedBefore(Date.from(stuckBefore))
          .orderByHistoricActivityInstanceStartTime()
          .asc()
          .listPage(0, MAX_STUCK)
          .forEach(a -> stuck.add(waiting(a, tooLong)));
    }
    Map<String, String> documents = documentNumbers(stuck);
    return stuck.stream()
        .map(s -> s.withDocument(documents.get(s.processInstanceId())))
        .sorted(Comparator.comparing(StuckDocument::stuckSince))
        .limit(MAX_STUCK)
        .toList();
  }

  private static StuckDocument stuckTask(
      Task task, String kind, Instant dueAt, UnaryOperator<String> nameOf) {
    return new StuckDocument(
        task.getProcessInstanceId(),
        null,
        task.getName(),
        kind,
        task.getCreateTime().toInstant(),
        dueAt,
        task.getAssignee(),
        nameOf.apply(task.getAssignee()),
        task.getId());
  }

  private StuckDocument waiting(HistoricActivityInstance activity, String kind) {
    Instant since = activity.getStartTime().toInstant();
    return new StuckDocument(
        activity.getProcessInstanceId(),
        null,
        activity.getActivityName(),
        kind,
        since,
        since.plus(stuckWait),
        null,
        null,
        null);
  }

  private Map<String, String> documentNumbers(List<StuckDocument> stuck) {
    Set<String> ids =
        stuck.stream().map(StuckDocument::processInstanceId).collect(Collectors.toSet());
    Map<String, String> numbers = new HashMap<>();
    if (!ids.isEmpty()) {
      runtime
          .createProcessInstanceQuery()
          .processInstanceIds(ids)
          .listPage(0, ids.size())
          .forEach(
              (ProcessInstance instance) ->
                  numbers.put(instance.getId(), instance.getBusinessKey()));
    }
    return numbers;
  }

  /** An assistant's open tasks: how many, how many past due, and the oldest. */
  record Workload(String userId, String name, long open, long overdue, TeamTask oldest) {}

  /** A task as the team view links to it. */
  record TeamTask(String taskId, String name, Instant created, Instant due) {
    static TeamTask of(Task task) {
      return new TeamTask(
          task.getId(),
          task.getName(),
          task.getCreateTime().toInstant(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
  }

  /**
   * A document stuck at a step since {@code stuckSince} (a task's creation, a wait's start), past
   * {@code dueAt} (the task's due date, or the start plus the allowed wait).
   */
  record StuckDocument(
      String processInstanceId,
      String documentNumber,
      String step,
      String kind,
      Instant stuckSince,
      Instant dueAt,
      String assignee,
      String assigneeName,
      String taskId) {

    StuckDocument withDocument(String number) {
      return new StuckDocument(
          processInstanceId, number, step, kind, stuckSince, dueAt, assignee, assigneeName, taskId);
    }
  }
}
