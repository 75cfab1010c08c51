package com.gendan.identity;

import com.gendan.complaint.ComplaintHandlingProcess;
import com.gendan.conduct.ConductReviewProcess;
import com.gendan.credit.CreditHoldReleaseProcess;
import com.gendan.credit.CreditTermsChangeProcess;
import com.gendan.order.SalesOrderProcess;
import com.gendan.orderchange.OrderChangeProcess;
import com.gendan.process.ProcessVariable;
import com.gendan.quote.QuoteApprovalProcess;
import com.gendan.receivable.ReceivableCollectionProcess;
import com.gendan.sample.SampleTrackingProcess;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.security.Grants;
import com.gendan.statement.MonthlyStatementProcess;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every user's Tasklist filters: my tasks, my groups' tasks, overdue. Stored queries may not hold
 * expressions (engine hardening), so each filter names its user literally, and the overdue filter's
 * cut-off is moved forward on a schedule.
 *
 * <p>The filters are Gendan's, not the user's: their owner may only read them (the engine would
 * give the owner ALL, that is update, re-own and delete). Gendan finds them by owner and its own
 * property {@value #KIND_KEY}, not by name, keeps one of each kind and deletes any other copy, so
 * duplicates or renamed filters left from before cannot break the refresh.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "我的任务";
  static final String MY_GROUPS_TASKS = "我所在组的任务";
  static final String OVERDUE = "已逾期";

  /** Bump when a filter's query or properties change, so existing users' filters follow. */
  static final int DEFINITION = 11;

  /** Marks a filter as Gendan's; the value is the {@link #DEFINITION} it was written with. */
  static final String DEFINITION_KEY = "gendanDefinition";

  /** Which of Gendan's filters it is; filters of definition 2 and older are known by name. */
  static final String KIND_KEY = "gendanFilter";

  private static final List<Definition> DEFINITIONS =
      List.of(
          new Definition(
              "myTasks",
              MY_TASKS,
              -10,
              "分配给我的任务",
              false,
              (tasks, userId, routedOnly) ->
                  tasks.createTaskQuery().taskAssignee(userId).orderByDueDate().asc()),
          // A candidate user query also finds the tasks offered to the user's groups.
          new Definition(
              "myGroupsTasks",
              MY_GROUPS_TASKS,
              -5,
              "我所在组或指定给我、可以领取的任务",
              false,
              (tasks, userId, routedOnly) ->
                  tasks.createTaskQuery().taskCandidateUser(userId).orderByDueDate().asc()),
          // A department reads whole processes' tasks; its overdue list is what is routed to it.
          new Definition(
              "overdue",
              OVERDUE,
              0,
              "已过期限、尚未完成的任务",
              true,
              (tasks, userId, routedOnly) -> {
                TaskQuery overdue = tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime());
                if (routedOnly) {
                  overdue = overdue.or().taskAssignee(userId).taskCandidateUser(userId).endOr();
                }
                return overdue.orderByDueDate().asc();
              }));

  /**
   * What every task card shows besides the task's name: which document and which customer. A card
   * shows the variables its process has; the document number is also the instance's business key,
   * which Tasklist's search offers as 流程实例业务键.
   */
  static final List<Map<String, String>> CARD_VARIABLES =
      List.of(
          cardVariable(QuoteApprovalProcess.Variables.QUOTE_NUMBER, "报价单号"),
          cardVariable(SampleTrackingProcess.Variables.SAMPLE_NUMBER, "样品单号"),
          cardVariable(SalesOrderProcess.Variables.ORDER_NUMBER, "订单号"),
          cardVariable(OrderChangeProcess.Variables.REQUEST_NUMBER, "变更单号"),
          cardVariable(ComplaintHandlingProcess.Variables.COMPLAINT_NUMBER, "客诉单号"),
          cardVariable(MonthlyStatementProcess.Variables.STATEMENT_NUMBER, "对帐单号"),
          cardVariable(ConductReviewProcess.Variables.CASE_NUMBER, "奖惩编号"),
          cardVariable(ReceivableCollectionProcess.Variables.INVOICE_NUMBER, "发票号码"),
          cardVariable(CreditHoldReleaseProcess.Variables.RELEASE_NUMBER, "特放单号"),
          cardVariable(CreditTermsChangeProcess.Variables.REQUEST_NUMBER, "信用条件变更单号"),
          cardVariable(SalesOrderProcess.Variables.CUSTOMER_NAME, "客户"));

  private static Map<String, String> cardVariable(ProcessVariable<?> variable, String label) {
    return Map.of("name", variable.name(), "label", label);
  }

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Grants grants;
  private final TransactionTemplate transaction;
  private final IsolatedLoop loop;

  TasklistFilters(
      FilterService filterService,
      TaskService taskService,
      IdentityService identityService,
      Grants grants,
      PlatformTransactionManager transactions,
      IsolatedLoop loop) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.grants = grants;
    this.transaction = new TransactionTemplate(transactions);
    this.loop = loop;
  }

  /**
   * Brings every user's filters to their current definition: creates missing ones (a new user, a
   * new group) and moves the overdue cut-off to now. The first run is IdentityBootstrap's, once the
   * users exist; the schedule only keeps them fresh.
   */
  @Scheduled(
      fixedDelayString = "${gendan.tasklist.overdue-refresh:PT5M}",
      initialDelayString = "${gendan.tasklist.overdue-refresh:PT5M}")
  void refreshAll() {
    List<User> users = identityService.createUserQuery().list();
    int refreshed =
        loop.forEach(
            "tasklistFilters",
            users,
            user -> "user " + user.getId(),
            user -> {
              refresh(user.getId());
              return true;
            });
    LOG.debug("refreshed the Tasklist filters of {} of {} users", refreshed, users.size());
  }

  /** One user's filters, in one transaction: all of them are brought up to date or none. */
  void refresh(String userId) {
    transaction.executeWithoutResult(
        status -> {
          List<Filter> gendans =
              filterService.createFilterQuery().filterOwner(userId).list().stream()
                  .filter(
                      filter ->
                          filter.getProperties() != null
                              && filter.getProperties().containsKey(DEFINITION_KEY))
                  .toList();
          Set<String> kept = new HashSet<>();
          boolean routedOnly = isDepartmentOnly(userId);
          for (Definition definition : DEFINITIONS) {
            Filter filter =
                gendans.stream()
                    .filter(definition::isKindOf)
                    .findFirst()
                    .orElseGet(
                        () -> filterService.newTaskFilter(definition.name()).setOwner(userId));
            if (filter.getId() == null || definition.moving() || !definition.isCurrent(filter)) {
              filter.setName(definition.name());
              filter.setQuery(definition.query().build(taskService, userId, routedOnly));
              filter.setProperties(definition.properties());
              filterService.saveFilter(filter);
            }
            grants.onlyToUser(userId, Resources.FILTER, filter.getId(), Permissions.READ);
            kept.add(filter.getId());
          }
          for (Filter copy : gendans) {
            if (!kept.contains(copy.getId())) {
              filterService.deleteFilter(copy.getId());
              LOG.info(
                  "deleted Tasklist filter {} ({}) of user {}: a second copy of one of Gendan's",
                  copy.getId(),
                  copy.getName(),
                  userId);
            }
          }
        });
  }

  /** Whether all of the user's roles are departments (production, quality, warehouse, …). */
  private boolean isDepartmentOnly(String userId) {
    List<Role> roles =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(group -> Role.ofGroupId(group.getId()))
            .flatMap(Optional::stream)
            .toList();
    return !roles.isEmpty() && roles.stream().allMatch(Role::isDepartment);
  }

  /** A filter's query for one user; {@code routedOnly} for users who see only routed work. */
  @FunctionalInterface
  private interface QueryFor {
    TaskQuery build(TaskService tasks, String userId, boolean routedOnly);
  }

  /**
   * One of Gendan's filters. It is rewritten when its definition changed ({@link #DEFINITION}) or
   * it moves with time ({@code moving}, the overdue cut-off); an unchanged filter is left alone.
   */
  private record Definition(
      String kind, String name, int priority, String description, boolean moving, QueryFor query) {

    boolean isKindOf(Filter filter) {
      Object kindOfFilter = filter.getProperties().get(KIND_KEY);
      return kindOfFilter == null ? name.equals(filter.getName()) : kind.equals(kindOfFilter);
    }

    boolean isCurrent(Filter filter) {
      Object stored = filter.getProperties().get(DEFINITION_KEY);
      return String.valueOf(DEFINITION).equals(String.valueOf(stored))
          && name.equals(filter.getName());
    }

    Map<String, Object> properties() {
      return Map.of(
          "priority",
          priority,
          "description",
          description,
          "refresh",
          true,
          DEFINITION_KEY,
          DEFINITION,
          KIND_KEY,
          kind,
          "variables",
          CARD_VARIABLES);
    }
  }
}
