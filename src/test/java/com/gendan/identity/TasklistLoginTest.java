package com.gendan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import com.gendan.TestUsers;
import com.gendan.WebClient;
import com.gendan.customer.CustomerDirectory;
import com.gendan.scope.CustomerScope;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every demo user logs into Tasklist the way the browser does and finds their filters. */
@GendanSpringBootTest
class TasklistLoginTest {

  @LocalServerPort int port;

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired CustomerDirectory customers;

  static Stream<String> everyDemoUser() {
    return Stream.concat(DemoUser.ALL.stream().map(DemoUser::id), Stream.of("admin"));
  }

  @ParameterizedTest
  @MethodSource("everyDemoUser")
  void logsIntoTasklistAndSeesTheirFilters(String userId) {
    WebClient browser = new WebClient(port);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

    HttpResponse<String> login =
        browser.postForm(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            Map.of("username", userId, "password", WebClient.DEMO_PASSWORD),
            Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));

    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"" + userId + "\"").contains("tasklist");
    HttpResponse<String> filters =
        // as Tasklist asks: in pages of 2000
        browser.get(
            "/camunda/api/engine/engine/default/filter?resourceType=Task"
                + "&firstResult=0&maxResults=2000");
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body())
        .contains(
            TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS, TasklistFilters.OVERDUE);
  }

  @Test
  void theGroupFilterOffersTasksOfTheUsersGroupsAndTasksOfferedToTheUserByName() {
    long customerId = customers.findByCode("C001").orElseThrow().id();
    String instanceId =
        runtimeService
            .startProcessInstanceByKey(
                "customerScopeProbe", Map.of(CustomerScope.CUSTOMER_ID, customerId))
            .getId();
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId());
    String warehouseTask =
        taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    taskService.addCandidateUser(warehouseTask, DemoUser.PURCHASING);

    assertThat(groupFilterFinds(DemoUser.WAREHOUSE, warehouseTask)).as("by group").isTrue();
    assertThat(groupFilterFinds(DemoUser.PURCHASING, warehouseTask)).as("by name").isTrue();
    assertThat(groupFilterFinds(DemoUser.QUALITY, warehouseTask)).isFalse();
  }

  private boolean groupFilterFinds(String userId, String taskId) {
    String filterId =
        filterService
            .createFilterQuery()
            .filterOwner(userId)
            .filterName(TasklistFilters.MY_GROUPS_TASKS)
            .singleResult()
            .getId();
    List<Task> offered = filterService.list(filterId);
    return offered.stream().anyMatch(task -> task.getId().equals(taskId));
  }

  @Test
  void aWrongPasswordDoesNotLogIn() {
    String user = TestUsers.ensure(identityService, "wrongpasswordtasklist", Role.SALES_REP);
    WebClient browser = new WebClient(port);
    browser.get("/camunda/app/tasklist/default/");
    HttpResponse<String> login =
        browser.postForm(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            Map.of("username", user, "password", "not-the-password"),
            Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
    assertThat(login.statusCode()).isEqualTo(401);
  }

  @Test
  void everyRoleIsAGroupWithAChineseName() {
    for (Role role : Role.values()) {
      Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
      assertThat(group).as(role.groupId()).isNotNull();
      assertThat(group.getName()).isEqualTo(role.chineseName());
    }
  }

  @Test
  void everyDemoUserIsInTheGroupOfTheirRole() {
    for (DemoUser demoUser : DemoUser.ALL) {
      assertThat(
              identityService
                  .createUserQuery()
                  .userId(demoUser.id())
                  .memberOfGroup(demoUser.role().groupId())
                  .count())
          .as(demoUser.id())
          .isEqualTo(1);
    }
  }
}
