package com.gendan.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.gendan.customer.CustomerTeam;
import com.gendan.customer.CustomerTeams;
import com.gendan.customer.TestCustomers;
import com.gendan.identity.DemoUser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer scope through the engine REST API, as Tasklist and Cockpit use it: an instance
 * started for a customer is seen by its assistant and sales rep and by managers, not by the other
 * assistants and reps; auditors read its history and change nothing.
 */
@GendanSpringBootTest
class CustomerScopeTest {

  static final String PROBE = "customerScopeProbe";
  static final String ASSISTANT = DemoUser.ASSISTANT_LIU;
  static final String REP = DemoUser.REP_WANG;
  static final String OTHER_ASSISTANT = DemoUser.ASSISTANT_CHEN;
  static final String OTHER_REP = DemoUser.REP_ZHAO;

  @LocalServerPort int port;

  @Autowired CustomerTeams customerTeams;

  @Autowired ObjectMapper json;

  @Autowired JdbcTemplate jdbc;

  @Autowired ManagementService management;

  WebClient web;
  String customerCode;

  @BeforeEach
  void setUp() {
    web = new WebClient(port);
    customerCode =
        LongStream.rangeClosed(1, 100)
            .mapToObj(customerTeams::teamOf)
            .flatMap(Optional::stream)
            .filter(
                team ->
                    ASSISTANT.equals(team.assistantUserId()) && REP.equals(team.salesRepUserId()))
            .map(CustomerTeam::customerCode)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the demo data has no customer of " + ASSISTANT + " and " + REP));
  }

  @Test
  void theInstanceIsSeenByTheCustomersTeamAndManagersOnly() {
    String instanceId = startProbe(ASSISTANT);

    String instances = "/engine-rest/process-instance?processInstanceIds=" + instanceId;
    assertThat(count(instances, ASSISTANT)).isEqualTo(1);
    assertThat(count(instances, REP)).isEqualTo(1);
    assertThat(count(instances, DemoUser.SALES_MANAGER)).isEqualTo(1);
    assertThat(count(instances, DemoUser.GENERAL_MANAGER)).isEqualTo(1);
    assertThat(count(instances, OTHER_ASSISTANT)).isZero();
    assertThat(count(instances, OTHER_REP)).isZero();
    assertThat(count(instances, DemoUser.WAREHOUSE)).isZero();
  }

  @Test
  void theAssistantWorksTheirTaskTheRepOnlyReadsItOthersDoNotSeeIt() {
    String instanceId = startProbe(ASSISTANT);
    String tasks = "/engine-rest/task?processInstanceId=" + instanceId;
    assertThat(count(tasks, OTHER_ASSISTANT)).isZero();
    assertThat(count(tasks, OTHER_REP)).isZero();
    assertThat(count(tasks, REP)).isEqualTo(1);
    String taskId = list(tasks, ASSISTANT).get(0).get("id").asText();

    assertThat(web.get("/engine-rest/task/" + taskId + "/form-variables", ASSISTANT).statusCode())
        .isEqualTo(200);
    assertThat(complete(taskId, REP)).isEqualTo(403);
    assertThat(complete(taskId, OTHER_ASSISTANT)).isIn(403, 404);
    assertThat(complete(taskId, ASSISTANT)).isEqualTo(204);

    // the next task is routed to the warehouse group: they work it, the other assistant still
    // sees nothing of this customer
    assertThat(count(tasks, OTHER_ASSISTANT)).isZero();
    String warehouseTask = list(tasks, DemoUser.WAREHOUSE).get(0).get("id").asText();
    assertThat(complete(warehouseTask, DemoUser.WAREHOUSE)).isEqualTo(204);

    String history = "/engine-rest/history/process-instance?processInstanceId=" + instanceId;
    assertThat(list(history, ASSISTANT).get(0).get("state").asText()).isEqualTo("COMPLETED");
    assertThat(count(history, REP)).isEqualTo(1);
    assertThat(count(history, DemoUser.AUDITOR)).isEqualTo(1);
    assertThat(count(history, OTHER_ASSISTANT)).isZero();
    assertThat(count(history, OTHER_REP)).isZero();
    String taskHistory = "/engine-rest/history/task?processInstanceId=" + instanceId;
    assertThat(count(taskHistory, REP)).isEqualTo(2);
    assertThat(count(taskHistory, DemoUser.AUDITOR)).isEqualTo(2);
    assertThat(count(taskHistory, OTHER_ASSISTANT)).isZero();
  }

  @Test
  void noGrantIsWrittenForAnInstanceOrItsTasks() {
    int before = authorizationRows();

    String instanceId = startProbe(ASSISTANT);
    String tasks = "/engine-rest/task?processInstanceId=" + instanceId;
    assertThat(complete(list(tasks, ASSISTANT).get(0).get("id").asText(), ASSISTANT))
        .isEqualTo(204);
    assertThat(
            complete(list(tasks, DemoUser.WAREHOUSE).get(0).get("id").asText(), DemoUser.WAREHOUSE))
        .isEqualTo(204);

    assertThat(authorizationRows())
        .as("authorization rows after a whole instance")
        .isEqualTo(before);
    assertThat(
            list("/engine-rest/history/process-instance?processInstanceId=" + instanceId, ASSISTANT)
                .get(0)
                .get("tenantId")
                .asText())
        .isEqualTo(CustomerTenants.tenantId(customerId()));
  }

  @Test
  void onlyThoseATaskIsRoutedToClaimOrCompleteIt() {
    String instanceId = startProbe(ASSISTANT);
    String tasks = "/engine-rest/task?processInstanceId=" + instanceId;
    String assistantTask = list(tasks, ASSISTANT).get(0).get("id").asText();

    HttpResponse<String> refused =
        web.postJson(
            "/engine-rest/task/" + assistantTask + "/complete",
            DemoUser.WAREHOUSE,
            "{\"variables\":{}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(read(refused.body()).get("message").asText()).isEqualTo("此任务未分派给您或您所在的组，您不能领取或办理");
    assertThat(complete(assistantTask, ASSISTANT)).isEqualTo(204);

    String warehouseTask = list(tasks, DemoUser.WAREHOUSE).get(0).get("id").asText();
    assertThat(claim(warehouseTask, ASSISTANT)).isEqualTo(403);
    assertThat(complete(warehouseTask, ASSISTANT)).isEqualTo(403);
    assertThat(complete(warehouseTask, DemoUser.SALES_MANAGER)).isEqualTo(403);
    assertThat(list(tasks, DemoUser.WAREHOUSE).get(0).path("assignee").isNull())
        .as("a refused claim changes nothing")
        .isTrue();
    assertThat(claim(warehouseTask, DemoUser.WAREHOUSE)).isEqualTo(204);
    assertThat(complete(warehouseTask, DemoUser.WAREHOUSE)).isEqualTo(204);
  }

  @Test
  void aDepartmentSeesOnlyTheProcessesThatRouteWorkToIt() {
    HttpResponse<String> quote =
        web.postJson(
            "/api/quotes",
            ASSISTANT,
            "{\"customerId\":"
                + customerId()
                + ",\"currency\":\"CNY\",\"validityDays\":30,\"lines\":"
                + "[{\"productCode\":\"EC-R0603-103\",\"quantity\":100}]}");
    assertThat(quote.statusCode()).as(quote.body()).isEqualTo(201);
    String instanceId = read(quote.body()).get("processInstanceId").asText();
    // the sales managers are mailed first (asynchronously), then the draft task is created
    management
        .createJobQuery()
        .processInstanceId(instanceId)
        .list()
        .forEach(job -> management.executeJob(job.getId()));
    String quoteTasks =
        "/engine-rest/task?processDefinitionKey=quoteApproval" + "&processInstanceId=" + instanceId;

    assertThat(count(quoteTasks, ASSISTANT)).isEqualTo(1);
    assertThat(count(quoteTasks, DemoUser.SALES_MANAGER)).isEqualTo(1);
    assertThat(count(quoteTasks, DemoUser.WAREHOUSE)).isZero();
    assertThat(count(quoteTasks, DemoUser.PRODUCTION)).isZero();
    assertThat(count(quoteTasks, OTHER_ASSISTANT)).isZero();
  }

  @Test
  void whoServesTheCustomerFollowsItsTeam() {
    Map<String, Object> customer = TestCustomers.valid();
    HttpResponse<String> created =
        web.postJson("/api/customers", DemoUser.SALES_MANAGER, write(customer));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = read(created.body()).get("id").asLong();
    customerCode = customer.get("code").toString();
    String instances = "/engine-rest/process-instance?processInstanceIds=" + startProbe(ASSISTANT);
    assertThat(count(instances, ASSISTANT)).isEqualTo(1);
    assertThat(count(instances, OTHER_ASSISTANT)).isZero();

    customer.put("assistantUserId", OTHER_ASSISTANT);
    HttpResponse<String> changed =
        web.send("PUT", "/api/customers/" + id, DemoUser.SALES_MANAGER, write(customer));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

    assertThat(count(instances, OTHER_ASSISTANT)).as("the new assistant").isEqualTo(1);
    assertThat(count(instances, ASSISTANT)).as("the former assistant").isZero();
    assertThat(count(instances, REP)).isEqualTo(1);
  }

  @Test
  void auditorsReadButChangeNothing() {
    String instanceId = startProbe(ASSISTANT);
    String taskId =
        list("/engine-rest/task?processInstanceId=" + instanceId, ASSISTANT)
            .get(0)
            .get("id")
            .asText();

    assertThat(
            count(
                "/engine-rest/process-instance?processInstanceIds=" + instanceId, DemoUser.AUDITOR))
        .isEqualTo(1);
    assertThat(complete(taskId, DemoUser.AUDITOR)).isEqualTo(403);
    assertThat(
            web.postJson(
                    "/engine-rest/process-instance/" + instanceId + "/variables",
                    DemoUser.AUDITOR,
                    "{\"modifications\":{\"probeNote\":{\"value\":\"x\"}}}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            web.postJson(
                    "/engine-rest/process-instance/delete",
                    DemoUser.AUDITOR,
                    "{\"processInstanceIds\":[\"" + instanceId + "\"],\"deleteReason\":\"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(start(DemoUser.AUDITOR).statusCode()).isEqualTo(403);
    assertThat(count("/engine-rest/process-instance?processInstanceIds=" + instanceId, ASSISTANT))
        .isEqualTo(1);
  }

  @Test
  void onlyTheRolesAllowedToStartAProcessCanStartIt() {
    assertThat(start(DemoUser.WAREHOUSE).statusCode()).isEqualTo(403);
    assertThat(start(ASSISTANT).statusCode()).isEqualTo(200);
  }

  @Test
  void onlyTheCustomersTeamStartsWorkForIt() {
    HttpResponse<String> refused = start(OTHER_ASSISTANT);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(read(refused.body()).get("message").asText())
        .isEqualTo("您不负责客户 " + customerCode + "，不能查看或办理其客户范围测试流程");
  }

  @Test
  void anUnknownCustomerStartsNothing() {
    HttpResponse<String> response = startFor(ASSISTANT, "C999");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("客户 C999 不存在");
  }

  @Test
  void anAdminStartingWithABadCustomerIdGetsTheFieldNamedAndStartsNothing() {
    String started = "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = '" + PROBE + "'";
    int instances = jdbc.queryForObject(started, Integer.class);
    for (String customerId :
        List.of(
            "{\"value\":\"C001\",\"type\":\"String\"}",
            "{\"value\":987654321,\"type\":\"Long\"}")) {
      HttpResponse<String> response =
          web.postJson(
              "/engine-rest/process-definition/key/" + PROBE + "/start",
              "admin",
              "{\"variables\":{\"customerId\":" + customerId + "}}");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(read(response.body()).get("message").asText()).contains("customerId");
    }
    assertThat(jdbc.queryForObject(started, Integer.class)).isEqualTo(instances);
  }

  private String startProbe(String user) {
    HttpResponse<String> response = start(user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body()).get("id").asText();
  }

  private HttpResponse<String> start(String user) {
    return startFor(user, customerCode);
  }

  /** As the probe's start form submits it: the customer's code. */
  private HttpResponse<String> startFor(String user, String code) {
    return web.postJson(
        "/engine-rest/process-definition/key/" + PROBE + "/submit-form",
        user,
        "{\"variables\":{\"customerCode\":{\"value\":\"" + code + "\"}}}");
  }

  private int claim(String taskId, String user) {
    return web.postJson(
            "/engine-rest/task/" + taskId + "/claim", user, "{\"userId\":\"" + user + "\"}")
        .statusCode();
  }

  private long customerId() {
    return customerTeams.teamOfCode(customerCode).orElseThrow().customerId();
  }

  private int authorizationRows() {
    return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Integer.class);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int complete(String taskId, String user) {
    return web.postJson(
            "/engine-rest/task/" + taskId + "/complete",
            user,
            "{\"variables\":{\"probeNote\":{\"value\":\"已确认\"}}}")
        .statusCode();
  }

  private int count(String path, String user) {
    return list(path, user).size();
  }

  /** Lists are paged: the engine refuses unbounded queries by a logged-in user. */
  private JsonNode list(String path, String user) {
    HttpResponse<String> response = web.get(path + "&firstResult=0&maxResults=50", user);
    assertThat(response.statusCode()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
    return read(response.body());
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }
}
