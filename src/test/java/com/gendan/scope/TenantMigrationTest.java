package com.gendan.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.gendan.customer.CustomerTeams;
import com.gendan.identity.DemoUser;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database from the customer scope's first design — instances without a tenant, read grants
 * written for each instance and task — is moved to tenants once, at start: the instance's rows get
 * its customer's tenant, the per-instance grants go, and the customer's team still sees it while
 * other assistants still do not.
 */
@GendanSpringBootTest
class TenantMigrationTest {

  @LocalServerPort int port;

  @Autowired DataSource dataSource;

  @Autowired JdbcTemplate jdbc;

  @Autowired ManagementService management;

  @Autowired AuthorizationService authorizations;

  @Autowired CustomerTeams customerTeams;

  @Autowired ObjectMapper json;

  @Test
  void anInstanceOfTheFirstDesignMovesToItsCustomersTenant() throws Exception {
    WebClient web = new WebClient(port);
    HttpResponse<String> started =
        web.postJson(
            "/engine-rest/process-definition/key/" + CustomerScopeTest.PROBE + "/submit-form",
            DemoUser.ASSISTANT_LIU,
            "{\"variables\":{\"customerCode\":{\"value\":\"C001\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = json.readTree(started.body()).get("id").asText();
    String tenant =
        CustomerTenants.tenantId(customerTeams.teamOfCode("C001").orElseThrow().customerId());
    String taskId =
        jdbc.queryForObject(
            "select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?", String.class, instanceId);
    asFirstDesign(instanceId, taskId);
    String instances =
        "/engine-rest/process-instance?processInstanceIds="
            + instanceId
            + "&firstResult=0&maxResults=5";
    assertThat(web.get(instances, DemoUser.ASSISTANT_CHEN).body())
        .as("without a tenant, the instance is anyone's")
        .contains(instanceId);

    TenantMigration.runOnce(dataSource, management);

    for (String table :
        List.of(
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_RU_VARIABLE",
            "ACT_HI_PROCINST",
            "ACT_HI_TASKINST",
            "ACT_HI_VARINST",
            "ACT_HI_ACTINST")) {
      assertThat(
              jdbc.queryForList(
                  "select distinct TENANT_ID_ from " + table + " where PROC_INST_ID_ = ?",
                  String.class,
                  instanceId))
          .as(table)
          .containsExactly(tenant);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from ACT_RU_AUTHORIZATION" + " where RESOURCE_ID_ in (?, ?)",
                Integer.class,
                instanceId,
                taskId))
        .isZero();
    assertThat(management.getProperties())
        .containsEntry(TenantMigration.DONE_PROPERTY, TenantMigration.DONE_VALUE);
    assertThat(web.get(instances, DemoUser.ASSISTANT_CHEN).body()).doesNotContain(instanceId);
    assertThat(web.get(instances, DemoUser.ASSISTANT_LIU).body()).contains(instanceId);
  }

  /** As the first design left it: no tenant anywhere, a read grant on the instance and task. */
  private void asFirstDesign(String instanceId, String taskId) {
    for (String table :
        List.of(
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_RU_VARIABLE",
            "ACT_HI_PROCINST",
            "ACT_HI_TASKINST",
            "ACT_HI_VARINST",
            "ACT_HI_ACTINST")) {
      jdbc.update("update " + table + " set TENANT_ID_ = null where PROC_INST_ID_ = ?", instanceId);
    }
    grant(Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
    grant(Resources.TASK, taskId, Permissions.READ);
    grant(Resources.HISTORIC_TASK, taskId, HistoricTaskPermissions.READ);
    management.deleteProperty(TenantMigration.DONE_PROPERTY);
  }

  private void grant(Resources resource, String resourceId, Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(DemoUser.ASSISTANT_LIU);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
