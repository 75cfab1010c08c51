package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.DatabaseFingerprint;
import com.gendan.Tasklist;
import com.gendan.identity.DemoUser;
import com.gendan.mail.OutboxSettling;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess.Elements;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint of the engine REST API that operates the engine (jobs, job definitions, external
 * tasks, batches, incidents, instances, definitions, deployments, decisions, migration,
 * modification, history, identities, filters, authorizations) is refused for everyone but admins
 * before the engine sees it: an assistant who cannot see the instance, the assistant who works it
 * and the auditor alike get the same 403 for a real id and for one that does not exist, the answer
 * names nothing of the instance, and the database is unchanged to the last row. The engine itself
 * would have counted some of these refusals as a failure of the job acted on.
 */
class EngineOperationGuardTest extends OrderFlowTest {

  private static final String ADMIN = "admin";

  /** Users' queries must be paged (query-max-results-limit). */
  private static final String PAGE = "?firstResult=0&maxResults=15";

  private static final String UNKNOWN = "0f0f0f0f-0000-0000-0000-000000000000";
  private static final List<String> USERS =
      List.of(DemoUser.ASSISTANT_CHEN, DemoUser.ASSISTANT_LIU, DemoUser.AUDITOR);

  /** The ids the operations are aimed at, made once: a real order waiting for its correction. */
  private static Map<String, String> ids;

  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired FilterService filterService;

  @BeforeEach
  void anOrderWithATimerAnIncidentAndABatch() {
    if (ids == null) {
      JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "33.33");
      String instance = reviewed(order);
      Task correction = task(instance, Elements.CORRECT_ORDER);
      String task = correction.getId();
      Job timer =
          managementService.createJobQuery().processInstanceId(instance).timers().list().get(0);
      Incident incident =
          runtimeService.createIncident("probe", correction.getExecutionId(), "guard test");
      Batch batch = managementService.setJobRetriesAsync(List.of(timer.getId()), 3);
      ProcessDefinition definition =
          repositoryService
              .createProcessDefinitionQuery()
              .processDefinitionKey("salesOrder")
              .latestVersion()
              .singleResult();
      String filter =
          filterService
              .createFilterQuery()
              .filterOwner(DemoUser.ASSISTANT_LIU)
              .list()
              .get(0)
              .getId();
      ids =
          Map.of(
              "{job}",
              timer.getId(),
              "{instance}",
              instance,
              "{task}",
              task,
              "{definition}",
              definition.getId(),
              "{deployment}",
              definition.getDeploymentId(),
              "{incident}",
              incident.getId(),
              "{batch}",
              batch.getId(),
              "{jobDefinition}",
              timer.getJobDefinitionId(),
              "{filter}",
              filter);
    }
    // mails of the order go out after commit, on their own thread: let them settle first
    OutboxSettling.awaitDueMailsSent(jdbc, Duration.ofSeconds(10));
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        // jobs: the one a refusal used to break (retries down to 0, failedJob incident)
        op("POST", "/job/{job}/execute", null),
        op("PUT", "/job/{job}/retries", "{\"retries\": 0}"),
        op("PUT", "/job/{job}/duedate", "{\"duedate\": \"2030-01-01T00:00:00.000+0800\"}"),
        op("POST", "/job/{job}/duedate/recalculate", null),
        op("PUT", "/job/{job}/suspended", "{\"suspended\": true}"),
        op("PUT", "/job/{job}/priority", "{\"priority\": 9}"),
        op("DELETE", "/job/{job}", null),
        op("POST", "/job/retries", "{\"jobIds\": [\"{job}\"], \"retries\": 0}"),
        op("PUT", "/job/suspended", "{\"processInstanceId\": \"{instance}\", \"suspended\": true}"),
        // job definitions
        op("PUT", "/job-definition/{jobDefinition}/suspended", "{\"suspended\": true}"),
        op("PUT", "/job-definition/{jobDefinition}/retries", "{\"retries\": 0}"),
        op("PUT", "/job-definition/{jobDefinition}/jobPriority", "{\"priority\": 9}"),
        op(
            "PUT",
            "/job-definition/suspended",
            "{\"processDefinitionKey\": \"salesOrder\", \"suspended\": true}"),
        // external tasks
        op(
            "POST",
            "/external-task/fetchAndLock",
            "{\"workerId\": \"w\", \"maxTasks\": 1, \"topics\": [{\"topicName\": \"t\","
                + " \"lockDuration\": 1000}]}"),
        op("POST", "/external-task/{job}/complete", "{\"workerId\": \"w\"}"),
        op("POST", "/external-task/{job}/failure", "{\"workerId\": \"w\", \"retries\": 0}"),
        op("POST", "/external-task/{job}/bpmnError", "{\"workerId\": \"w\", \"errorCode\": \"e\"}"),
        op("POST", "/external-task/{job}/extendLock", "{\"workerId\": \"w\", \"newDuration\": 1}"),
        op("POST", "/external-task/{job}/unlock", null),
        op("PUT", "/external-task/{job}/retries", "{\"retries\": 0}"),
        op("PUT", "/external-task/{job}/priority", "{\"priority\": 9}"),
        op("PUT", "/external-task/retries", "{\"externalTaskIds\": [\"{job}\"], \"retries\": 0}"),
        op(
            "POST",
            "/external-task/retries-async",
            "{\"externalTaskIds\": [\"{job}\"], \"retries\": 0}"),
        // batches and incidents
        op("PUT", "/batch/{batch}/suspended", "{\"suspended\": true}"),
        op("DELETE", "/batch/{batch}", null),
        op("PUT", "/incident/{incident}/annotation", "{\"annotation\": \"x\"}"),
        op("DELETE", "/incident/{incident}/annotation", null),
        op("DELETE", "/incident/{incident}", null),
        // process instances
        op("DELETE", "/process-instance/{instance}", null),
        op("PUT", "/process-instance/{instance}/suspended", "{\"suspended\": true}"),
        op(
            "PUT",
            "/process-instance/suspended",
            "{\"processDefinitionKey\": \"salesOrder\", \"suspended\": true}"),
        op(
            "POST",
            "/process-instance/suspended-async",
            "{\"processInstanceIds\": [\"{instance}\"], \"suspended\": true}"),
        op("POST", "/process-instance/delete", "{\"processInstanceIds\": [\"{instance}\"]}"),
        op(
            "POST",
            "/process-instance/job-retries",
            "{\"processInstances\": [\"{instance}\"], \"retries\": 0}"),
        op(
            "POST",
            "/process-instance/set-removal-time",
            "{\"processInstanceIds\": [\"{instance}\"], \"clearedRemovalTime\": true}"),
        op(
            "POST",
            "/process-instance/delete-historic-query-based",
            "{\"processInstanceIds\": [\"{instance}\"]}"),
        // process definitions, deployments, decisions
        op("PUT", "/process-definition/{definition}/suspended", "{\"suspended\": true}"),
        op("PUT", "/process-definition/key/salesOrder/suspended", "{\"suspended\": true}"),
        op(
            "PUT",
            "/process-definition/suspended",
            "{\"processDefinitionKey\": \"salesOrder\", \"suspended\": true}"),
        op(
            "PUT",
            "/process-definition/{definition}/history-time-to-live",
            "{\"historyTimeToLive\": 1}"),
        op("DELETE", "/process-definition/{definition}", null),
        op("DELETE", "/process-definition/key/salesOrder/delete", null),
        op("POST", "/deployment/{deployment}/redeploy", "{}"),
        op("DELETE", "/deployment/{deployment}", null),
        op(
            "POST",
            "/decision-definition/key/quoteApprovalAuthority/evaluate",
            "{\"variables\": {}}"),
        // migration and modification
        op(
            "POST",
            "/migration/execute",
            "{\"processInstanceIds\": [\"{instance}\"],"
                + " \"migrationPlan\": {\"sourceProcessDefinitionId\": \"{definition}\","
                + " \"targetProcessDefinitionId\": \"{definition}\", \"instructions\": []}}"),
        op(
            "POST",
            "/modification/execute",
            "{\"processDefinitionId\": \"{definition}\","
                + " \"processInstanceIds\": [\"{instance}\"], \"instructions\": [{\"type\":"
                + " \"cancel\", \"activityId\": \""
                + Elements.CORRECT_ORDER
                + "\"}]}"),
        // history
        op("POST", "/history/cleanup", null),
        op("DELETE", "/history/process-instance/{instance}", null),
        op(
            "POST",
            "/history/process-instance/delete",
            "{\"historicProcessInstanceIds\": [\"{instance}\"]}"),
        op(
            "POST",
            "/history/process-instance/set-removal-time",
            "{\"historicProcessInstanceIds\": [\"{instance}\"], \"clearedRemovalTime\": true}"),
        op("DELETE", "/history/process-instance/{instance}/variable-instances", null),
        // tasks: everything but working the form, claiming, handing on, commenting and setting
        // the dates (see aUserChangesOnlyATasksDatesAndOnlyOnATaskSheSees)
        op("DELETE", "/task/{task}", null),
        op("POST", "/task/{task}/delegate", "{\"userId\": \"chenjing\"}"),
        op(
            "POST",
            "/task/{task}/identity-links",
            "{\"groupId\": \"warehouse\"," + " \"type\": \"candidate\"}"),
        op(
            "POST",
            "/task/{task}/identity-links/delete",
            "{\"userId\": \"liuyang\"," + " \"type\": \"assignee\"}"),
        op("POST", "/task/create", "{\"id\": \"x\", \"name\": \"x\"}"),
        // filters, identities, authorizations
        op(
            "POST",
            "/filter/create",
            "{\"resourceType\": \"Task\", \"name\": \"x\","
                + " \"owner\": \"chenjing\", \"query\": {}}"),
        op(
            "PUT",
            "/filter/{filter}",
            "{\"resourceType\": \"Task\", \"name\": \"x\","
                + " \"owner\": \"chenjing\", \"query\": {}}"),
        op("DELETE", "/filter/{filter}", null),
        op(
            "POST",
            "/user/create",
            "{\"profile\": {\"id\": \"intruder\"},"
                + " \"credentials\": {\"password\": \"Intruder#2026x\"}}"),
        op("DELETE", "/user/chenjing", null),
        op("POST", "/user/chenjing/unlock", null),
        op("PUT", "/group/camunda-admin/members/chenjing", null),
        op("POST", "/group/create", "{\"id\": \"intruders\", \"name\": \"x\"}"),
        op(
            "POST",
            "/authorization/create",
            "{\"type\": 1, \"permissions\": [\"ALL\"],"
                + " \"userId\": \"chenjing\", \"resourceType\": 8, \"resourceId\": \"*\"}"),
        op("POST", "/telemetry/configuration", "{\"enableTelemetry\": true}"));
  }

  private static Arguments op(String method, String path, String body) {
    return Arguments.of(method, path, body);
  }

  private static String aimed(String template, boolean real) {
    String result = template;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      result = result.replace(id.getKey(), real ? id.getValue() : UNKNOWN);
    }
    return result;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("operations")
  void isRefusedBeforeTheEngineForEveryoneButAdmins(String method, String path, String body) {
    Map<String, String> before = DatabaseFingerprint.of(jdbc);

    for (String user : USERS) {
      HttpResponse<String> real =
          web.send(
              method,
              "/engine-rest" + aimed(path, true),
              user,
              body == null ? null : aimed(body, true));
      HttpResponse<String> unknown =
          web.send(
              method,
              "/engine-rest" + aimed(path, false),
              user,
              body == null ? null : aimed(body, false));

      assertThat(real.statusCode()).as(user + " " + real.body()).isEqualTo(403);
      JsonNode answer = engine.read(real.body());
      assertThat(answer.get("detail").asText()).isEqualTo(EngineInputGuard.ADMINS_ONLY);
      assertThat(unknown.statusCode()).isEqualTo(403);
      assertThat(engine.read(unknown.body()).get("detail")).isEqualTo(answer.get("detail"));
      // the answer may echo what was sent, and names nothing else
      String sent = path + body;
      ids.forEach(
          (placeholder, id) -> {
            if (!sent.contains(placeholder)) {
              assertThat(real.body()).doesNotContain(id);
            }
          });
    }

    assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aUserChangesOnlyATasksDatesAndOnlyOnATaskSheSees() {
    String task = ids.get("{task}");
    Task before = taskService.createTaskQuery().taskId(task).singleResult();
    String path = "/engine-rest/task/" + task;
    // what Tasklist sends: the task as it read it, the form reference included, one date changed
    String tasklistBody =
        """
        {"id": "%s", "name": "改过的名字", "assignee": "chenjing", "owner": "chenjing",
         "priority": 99, "due": "2030-01-02T09:30:00.000+0800", "followUp": null,
         "camundaFormRef": {"key": "correct-order", "binding": "deployment", "version": null},
         "tenantId": "%s"}"""
            .formatted(task, before.getTenantId());

    Map<String, String> untouched = DatabaseFingerprint.of(jdbc);
    HttpResponse<String> unseen = web.send("PUT", path, DemoUser.ASSISTANT_CHEN, tasklistBody);
    assertThat(unseen.statusCode()).as(unseen.body()).isEqualTo(404);
    for (String badDue :
        List.of(
            "\"2030-13-45T09:30:00.000+0800\"",
            "\"9999-01-01T00:00:00.000+0800\"",
            "12",
            "\"" + "9".repeat(5000) + "\"")) {
      HttpResponse<String> bad =
          web.send("PUT", path, DemoUser.ASSISTANT_LIU, "{\"due\": " + badDue + "}");
      assertThat(bad.statusCode()).as(badDue).isEqualTo(400);
      assertThat(bad.body()).contains("到期日期");
    }
    assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(untouched);

    HttpResponse<String> set = web.send("PUT", path, DemoUser.ASSISTANT_LIU, tasklistBody);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
    Task after = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(after.getDueDate().toInstant()).isEqualTo(Instant.parse("2030-01-02T01:30:00Z"));
    assertThat(after.getName()).isEqualTo(before.getName());
    assertThat(after.getAssignee()).isEqualTo(before.getAssignee());
    assertThat(after.getOwner()).isEqualTo(before.getOwner());
    assertThat(after.getPriority()).isEqualTo(before.getPriority());

    // an admin's update goes to the engine as sent, less the form reference it cannot read
    String adminBody =
        tasklistBody
            .replace("改过的名字", before.getName())
            .replace("\"assignee\": \"chenjing\"", "\"assignee\": \"" + before.getAssignee() + "\"")
            .replace("\"owner\": \"chenjing\"", "\"owner\": null")
            .replace("\"priority\": 99", "\"priority\": " + before.getPriority())
            .replace("2030-01-02T09:30", "2030-01-03T09:30");
    HttpResponse<String> byAdmin = web.send("PUT", path, ADMIN, adminBody);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getDueDate().toInstant())
        .isEqualTo(Instant.parse("2030-01-03T01:30:00Z"));
  }

  @Test
  void tasklistsCopyOfTheApiRefusesThemAlike() {
    Map<String, String> before = DatabaseFingerprint.of(jdbc);
    Tasklist tasklist = Tasklist.login(port, json, DemoUser.AUDITOR);

    HttpResponse<String> refused = tasklist.send(aimed("/job/{job}/execute", true), "{}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains(EngineInputGuard.ADMINS_ONLY);
    assertThat(
            managementService.createJobQuery().jobId(ids.get("{job}")).singleResult().getRetries())
        .isEqualTo(3);
    assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
  }

  /** The fingerprint sees a change: an admin's call goes through and alters the job. */
  @Test
  void adminsStillOperateTheEngine() {
    Map<String, String> before = DatabaseFingerprint.of(jdbc);

    HttpResponse<String> response =
        web.send("PUT", aimed("/engine-rest/job/{job}/priority", true), ADMIN, "{\"priority\": 7}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(DatabaseFingerprint.of(jdbc)).isNotEqualTo(before);
    web.send("PUT", aimed("/engine-rest/job/{job}/priority", true), ADMIN, "{\"priority\": 0}");
  }

  /** What users do is not an operation: queries, their filters, claiming their task. */
  @Test
  void usersStillQueryAndClaim() {
    assertThat(web.postJson("/engine-rest/task" + PAGE, DemoUser.ASSISTANT_LIU, "{}").statusCode())
        .isEqualTo(200);
    assertThat(web.postJson("/engine-rest/task/count", DemoUser.ASSISTANT_LIU, "{}").statusCode())
        .isEqualTo(200);
    assertThat(
            web.postJson("/engine-rest/history/process-instance" + PAGE, DemoUser.AUDITOR, "{}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            web.postJson(
                    aimed("/engine-rest/filter/{filter}/list", true) + PAGE,
                    DemoUser.ASSISTANT_LIU,
                    "{}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            web.postJson(
                    aimed("/engine-rest/task/{task}/claim", true),
                    DemoUser.ASSISTANT_LIU,
                    "{\"userId\": \"liuyang\"}")
                .statusCode())
        .isEqualTo(204);
  }
}
