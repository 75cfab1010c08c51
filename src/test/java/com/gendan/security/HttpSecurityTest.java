package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import com.gendan.TestUsers;
import com.gendan.WebClient;
import com.gendan.identity.DemoUser;
import com.gendan.identity.Role;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every door needs a login, except the health check and the login pages; Actuator's other endpoints
 * and the health details are for admins only.
 */
@GendanSpringBootTest
class HttpSecurityTest {

  static final String TASK_PAGE = "/engine-rest/task?firstResult=0&maxResults=10";

  /** The admin of camunda.bpm.admin-user, member of camunda-admin. */
  static final String ADMIN = "admin";

  @LocalServerPort int port;

  @Autowired IdentityService identityService;

  WebClient web;

  @BeforeEach
  void setUp() {
    web = new WebClient(port);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task",
        "/engine-rest/process-definition",
        "/api/customers",
        "/api/products",
        "/v3/api-docs",
        "/swagger-ui/index.html",
        "/actuator/metrics",
        "/actuator/prometheus",
        "/actuator/info"
      })
  void anonymousCallsAreRefused(String path) {
    assertThat(web.get(path).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsRefusedOnBothApis() {
    String user = TestUsers.ensure(identityService, "wrongpasswordapi", Role.SALES_ASSISTANT);
    assertThat(web.get(TASK_PAGE, user).statusCode()).isEqualTo(200);
    String wrong = WebClient.basic(user, "wrong-password");
    assertThat(statusWith(TASK_PAGE, wrong)).isEqualTo(401);
    assertThat(statusWith("/api/products", wrong)).isEqualTo(401);
  }

  @Test
  void healthIsOpenForLoadBalancers() {
    HttpResponse<String> health = web.get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
  }

  @Test
  void healthShowsAnOrdinaryUserTheStatusOnly() {
    HttpResponse<String> health = web.get("/actuator/health", DemoUser.SALES_MANAGER);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/actuator",
        "/actuator/metrics",
        "/actuator/metrics/jvm.memory.used",
        "/actuator/prometheus",
        "/actuator/info",
        "/actuator/health/db",
        "/actuator/health/ping"
      })
  void operationalEndpointsAreRefusedToOrdinaryUsers(String path) {
    for (String user : List.of(DemoUser.ASSISTANT_LIU, DemoUser.SALES_MANAGER, DemoUser.AUDITOR)) {
      assertThat(web.get(path, user).statusCode()).as(user + " " + path).isEqualTo(403);
    }
  }

  @Test
  void adminsSeeHealthDetailsMetricsAndPrometheus() {
    HttpResponse<String> health = web.get("/actuator/health", ADMIN);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"components\"", "\"db\"");
    assertThat(web.get("/actuator/health/db", ADMIN).statusCode()).isEqualTo(200);
    assertThat(web.get("/actuator/prometheus", ADMIN).statusCode()).isEqualTo(200);
    assertThat(web.get("/actuator/metrics", ADMIN).statusCode()).isEqualTo(200);
  }

  @Test
  void apiDocsOpenToAUser() {
    HttpResponse<String> docs = web.get("/v3/api-docs", "liuyang");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/customers");
  }

  @Test
  void theFrontDoorLeadsToTasklist() {
    HttpResponse<String> root = web.get("/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/camunda/app/tasklist/"));
  }

  @Test
  void unboundedEngineQueriesAreRefused() {
    HttpResponse<String> unbounded = web.get("/engine-rest/task", "sunli");
    assertThat(unbounded.statusCode()).isEqualTo(400);
    assertThat(unbounded.body()).contains("An unbound number of results is forbidden");
  }

  @Test
  void theWebappsNeverChallengeABrowserWithBasicAuthentication() {
    HttpResponse<String> whoAmI = web.get("/camunda/api/admin/auth/user/default");
    assertThat(whoAmI.statusCode()).isIn(401, 404);
    assertThat(whoAmI.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void theWebappsServeTheirLoginPageToAnonymousUsers() {
    HttpResponse<String> tasklist = web.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(web.cookie("XSRF-TOKEN")).as("CSRF token cookie of the webapps").isNotBlank();
  }

  private int statusWith(String path, String authorization) {
    return web.getWithHeader(path, "Authorization", authorization).statusCode();
  }
}
