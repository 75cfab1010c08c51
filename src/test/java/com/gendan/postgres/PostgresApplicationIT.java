package com.gendan.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.WebClient;
import com.gendan.identity.Role;
import com.gendan.scope.CustomerScope;
import com.gendan.scope.CustomerTenants;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the real PostgreSQL server with the production profile: Flyway's
 * migrations, Camunda's schema, no demo data, and a customer-scoped process instance started and
 * completed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.admin-user.password=" + PostgresApplicationIT.ADMIN_PASSWORD,
      "camunda.bpm.job-execution.enabled=false",
      "gendan.access.process-starters.customerScopeProbe=sales-assistant"
    })
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresApplicationIT {

  static final String ADMIN_PASSWORD = "Pg#Gendan-2026";
  static final String ASSISTANT = "itassistant";
  static final String REP = "itrep";
  static final String USER_PASSWORD = "It-User#2026";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshPostgresDatabase.register(registry, "gendan_it");
  }

  @LocalServerPort int port;

  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired Flyway flyway;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Test
  void runsOnPostgresWithFlywayAndTheCamundaSchema() throws Exception {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(processEngine.getProcessEngineConfiguration().getDatabaseType())
        .isEqualTo("postgres");
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.info().applied())
        .extracting(m -> m.getVersion().getVersion())
        .contains("1", "2");
    assertThat(managementService.getTableCount()).containsKeys("ACT_RU_TASK", "ACT_HI_PROCINST");
    assertThat(
            jdbc.queryForList(
                "select indexdef from pg_indexes where tablename = 'act_ru_task'", String.class))
        .as("completing a task finds its sub-tasks by index")
        .anyMatch(definition -> definition.contains("(parent_task_id_)"));
  }

  @Test
  void startsWithoutDemoDataButWithEveryRole() {
    assertThat(identityService.createUserQuery().userId("liuyang").count()).isZero();
    assertThat(identityService.createUserQuery().userId("admin").count()).isEqualTo(1);
    for (Role role : Role.values()) {
      assertThat(identityService.createGroupQuery().groupId(role.groupId()).count())
          .as(role.groupId())
          .isEqualTo(1);
    }
  }

  @Test
  void aCustomerScopedInstanceIsStartedAndCompleted() throws Exception {
    createUser(ASSISTANT, Role.SALES_ASSISTANT);
    createUser(REP, Role.SALES_REP);
    WebClient api = new WebClient(port);
    HttpResponse<String> created =
        api.postJsonAs(
            "/api/customers",
            "admin",
            ADMIN_PASSWORD,
            json.writeValueAsString(
                Map.of(
                    "code",
                    "PG001",
                    "chineseName",
                    "上海测试贸易有限公司",
                    "tier",
                    "primary",
                    "assistantUserId",
                    ASSISTANT,
                    "salesRepUserId",
                    REP,
                    "paymentTermsDays",
                    30,
                    "creditLimit",
                    100000)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long customerId = json.readTree(created.body()).get("id").asLong();

    // as the REST API authenticates her: with the tenant of the customer she serves
    identityService.setAuthentication(
        ASSISTANT,
        List.of(Role.SALES_ASSISTANT.groupId()),
        List.of(CustomerTenants.tenantId(customerId)));
    ProcessInstance instance;
    try {
      instance =
          runtimeService.startProcessInstanceByKey(
              "customerScopeProbe", Map.of(CustomerScope.CUSTOMER_ID, customerId));
      Task assistantTask =
          taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(assistantTask.getAssignee()).isEqualTo(ASSISTANT);
      taskService.complete(assistantTask.getId());
    } finally {
      identityService.clearAuthentication();
    }
    Task warehouseTask =
        taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.complete(warehouseTask.getId());

    HistoricProcessInstance history =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    assertThat(history.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId())
                .finished()
                .count())
        .isEqualTo(2);
  }

  private void createUser(String userId, Role role) {
    User user = identityService.newUser(userId);
    user.setFirstName("测试");
    user.setLastName(role.chineseName());
    user.setPassword(USER_PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, role.groupId());
  }
}
