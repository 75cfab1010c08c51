package com.gendan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gendan.GendanSpringBootTest;
import com.gendan.TestUsers;
import com.gendan.WebClient;
import com.gendan.schedule.IsolatedLoop;
import com.gendan.security.Grants;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Gendan's Tasklist filters are read-only to their users, and one user's filters cannot stop the
 * refresh that keeps everyone's filters current.
 */
@GendanSpringBootTest
class TasklistFiltersTest {

  private static final String USER = DemoUser.ASSISTANT_CHEN;
  private static final String COLLEAGUE = DemoUser.ASSISTANT_LIU;

  @LocalServerPort int port;

  @Autowired TasklistFilters tasklistFilters;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired Grants grants;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired MeterRegistry meterRegistry;
  @Autowired ObjectMapper json;

  WebClient web;

  @BeforeEach
  void setUp() {
    identityService.clearAuthentication();
    web = new WebClient(port);
  }

  @Test
  void aUserCannotReownHerFilter() throws Exception {
    Filter filter = myTasksOf(USER);
    ObjectNode changed = filterJson(filter.getId()).put("owner", COLLEAGUE);

    HttpResponse<String> reown =
        web.send(
            "PUT", "/engine-rest/filter/" + filter.getId(), USER, json.writeValueAsString(changed));

    assertThat(reown.statusCode()).as(reown.body()).isEqualTo(403);
    assertUnchanged(filter);
    assertThat(
            filterService
                .createFilterQuery()
                .filterOwner(COLLEAGUE)
                .filterName(TasklistFilters.MY_TASKS)
                .count())
        .isEqualTo(1);
  }

  @Test
  void aUserCannotRenameHerFilter() throws Exception {
    Filter filter = myTasksOf(USER);
    ObjectNode changed = filterJson(filter.getId()).put("name", "改过的名字");

    HttpResponse<String> rename =
        web.send(
            "PUT", "/engine-rest/filter/" + filter.getId(), USER, json.writeValueAsString(changed));

    assertThat(rename.statusCode()).as(rename.body()).isEqualTo(403);
    assertUnchanged(filter);
  }

  @Test
  void aUserCannotDeleteHerFilter() {
    Filter filter = myTasksOf(USER);

    HttpResponse<String> delete =
        web.send("DELETE", "/engine-rest/filter/" + filter.getId(), USER, null);

    assertThat(delete.statusCode()).as(delete.body()).isEqualTo(403);
    assertUnchanged(filter);
  }

  @Test
  void theRefreshNarrowsAFilterOwnersOlderGrantToRead() {
    String user = TestUsers.ensure(identityService, "olderfiltergrant", Role.SALES_REP);
    tasklistFilters.refreshAll();
    Filter filter = myTasksOf(user);
    Authorization grant = ownerGrant(filter);
    grant.setPermissions(new Permissions[] {Permissions.ALL});
    authorizationService.saveAuthorization(grant);

    tasklistFilters.refreshAll();

    Authorization narrowed = ownerGrant(filter);
    assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(narrowed.isPermissionGranted(Permissions.DELETE)).isFalse();
  }

  @Test
  void aDuplicateFilterDoesNotStopTheRefreshOfEveryoneElse() {
    String owner = TestUsers.ensure(identityService, "aaduplicatefilter", Role.SALES_ASSISTANT);
    tasklistFilters.refreshAll();
    Filter original = myTasksOf(owner);
    Filter copy =
        filterService
            .newTaskFilter(original.getName())
            .setOwner(owner)
            .setQuery(original.getQuery())
            .setProperties(original.getProperties());
    filterService.saveFilter(copy);
    String newcomer = TestUsers.ensure(identityService, "zzafterduplicate", Role.SALES_REP);

    assertThatCode(tasklistFilters::refreshAll).doesNotThrowAnyException();

    assertThat(filterNames(newcomer))
        .containsExactlyInAnyOrder(
            TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE);
    assertThat(filterNames(owner))
        .as("one of each kept")
        .containsExactlyInAnyOrder(
            TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE);
  }

  @Test
  void oneUserWhoseFiltersCannotBeSavedDoesNotStopTheRefreshOfEveryoneElse() {
    String victim = TestUsers.ensure(identityService, "aafailingfilters", Role.SALES_ASSISTANT);
    String newcomer = TestUsers.ensure(identityService, "zzafterfailing", Role.SALES_REP);
    double failuresBefore = refreshFailures();
    TasklistFilters failingForVictim =
        new TasklistFilters(
            savingFailsFor(victim),
            taskService,
            identityService,
            grants,
            transactionManager,
            new IsolatedLoop(meterRegistry));

    assertThatCode(failingForVictim::refreshAll).doesNotThrowAnyException();

    assertThat(filterNames(newcomer))
        .containsExactlyInAnyOrder(
            TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE);
    assertThat(refreshFailures()).as("the failure is counted").isEqualTo(failuresBefore + 1);
  }

  private Filter myTasksOf(String userId) {
    List<Filter> filters =
        filterService
            .createFilterQuery()
            .filterOwner(userId)
            .filterName(TasklistFilters.MY_TASKS)
            .list();
    assertThat(filters).as("filters of " + userId).hasSize(1);
    return filters.get(0);
  }

  private List<String> filterNames(String userId) {
    return filterService.createFilterQuery().filterOwner(userId).list().stream()
        .map(Filter::getName)
        .toList();
  }

  private ObjectNode filterJson(String filterId) throws Exception {
    HttpResponse<String> read = web.get("/engine-rest/filter/" + filterId, USER);
    assertThat(read.statusCode()).as("the owner reads her filter").isEqualTo(200);
    return (ObjectNode) json.readTree(read.body());
  }

  private void assertUnchanged(Filter before) {
    Filter after = filterService.getFilter(before.getId());
    assertThat(after).as("filter still there").isNotNull();
    assertThat(after.getOwner()).isEqualTo(before.getOwner());
    assertThat(after.getName()).isEqualTo(before.getName());
  }

  private Authorization ownerGrant(Filter filter) {
    return authorizationService
        .createAuthorizationQuery()
        .resourceType(Resources.FILTER)
        .resourceId(filter.getId())
        .userIdIn(filter.getOwner())
        .singleResult();
  }

  private double refreshFailures() {
    Counter counter =
        meterRegistry.find(IsolatedLoop.FAILURES).tag("loop", "tasklistFilters").counter();
    return counter == null ? 0 : counter.count();
  }

  /** The engine's filter service, except that saving a filter of {@code userId} fails. */
  private FilterService savingFailsFor(String userId) {
    return (FilterService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {FilterService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("saveFilter")
                  && userId.equals(((Filter) args[0]).getOwner())) {
                throw new IllegalStateException("database refused the filter of " + userId);
              }
              try {
                return method.invoke(filterService, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void aDepartmentsOverdueListHoldsOnlyWhatIsRoutedToIt() throws Exception {
    HttpResponse<String> started =
        web.postJson(
            "/engine-rest/process-definition/key/customerScopeProbe/submit-form",
            COLLEAGUE,
            "{\"variables\":{\"customerCode\":{\"value\":\"C001\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = json.readTree(started.body()).get("id").asText();
    String assistantTask = onlyTaskOf(instanceId);
    overdue(assistantTask);

    assertThat(overdueList(DemoUser.WAREHOUSE)).doesNotContain(assistantTask);
    assertThat(overdueList(COLLEAGUE)).contains(assistantTask);
    assertThat(overdueList(DemoUser.SALES_MANAGER)).contains(assistantTask);

    taskService.complete(assistantTask, Map.of("probeNote", "已确认"));
    String warehouseTask = onlyTaskOf(instanceId);
    overdue(warehouseTask);
    assertThat(overdueList(DemoUser.WAREHOUSE)).contains(warehouseTask);
    assertThat(overdueList(COLLEAGUE)).as("her customer's work, to chase").contains(warehouseTask);
  }

  private String onlyTaskOf(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private void overdue(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
    taskService.saveTask(task);
  }

  /** The task ids in the user's 已逾期 filter, as Tasklist lists them. */
  private String overdueList(String user) {
    tasklistFilters.refresh(user);
    String filterId =
        filterService
            .createFilterQuery()
            .filterOwner(user)
            .filterName(TasklistFilters.OVERDUE)
            .singleResult()
            .getId();
    HttpResponse<String> listed =
        web.postJson(
            "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200", user, "{}");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return listed.body();
  }
}
