package com.gendan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.gendan.GendanSpringBootTest;
import com.gendan.TestUsers;
import com.gendan.WebClient;

/** Every demo user logs into Tasklist the way the browser does and finds their filters. */
@GendanSpringBootTest
class TasklistLoginTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  static Stream<String> everyDemoUser() {
    return Stream.concat(DemoUser.ALL.stream().map(DemoUser::id), Stream.of("admin"));
  }

  @ParameterizedTest
  @MethodSource("everyDemoUser")
  void logsIntoTasklistAndSeesTheirFilters(String userId) {
    WebClient browser = new WebClient(port);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

    HttpResponse<String> login = browser.postForm(
        "/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", userId, "password", WebClient.DEMO_PASSWORD),
        Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));

    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"" + userId + "\"").contains("tasklist");
    HttpResponse<String> filters =
        // as Tasklist asks: in pages of 2000
        browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task"
            + "&firstResult=0&maxResults=2000");
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
        TasklistFilters.OVERDUE);
  }

  @Test
  void aWrongPasswordDoesNotLogIn() {
    String user = TestUsers.ensure(identityService, "wrongpasswordtasklist", Role.SALES_REP);
    WebClient browser = new WebClient(port);
    browser.get("/camunda/app/tasklist/default/");
    HttpResponse<String> login = browser.postForm(
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
      assertThat(identityService.createUserQuery().userId(demoUser.id())
          .memberOfGroup(demoUser.role().groupId()).count()).as(demoUser.id()).isEqualTo(1);
    }
  }
}
