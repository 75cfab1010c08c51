package com.gendan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.customer.CustomerDirectory;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every process flow test stands on: the whole application, GreenMail as the mail server, a
 * browser-like client and the engine driver, and the demo customer C001 (served by liuyang and
 * wangqiang) the walks are for.
 */
@GendanSpringBootTest
public abstract class ProcessFlowTest {

  @RegisterExtension
  protected static final GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

  @LocalServerPort protected int port;
  @Autowired protected CustomerDirectory customers;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected IdentityService identityService;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected ObjectMapper json;

  protected WebClient web;
  protected EngineRest engine;
  protected long customerId;

  @BeforeEach
  void setUpFlow() {
    identityService.clearAuthentication();
    web = new WebClient(port);
    engine = new EngineRest(web, json, managementService);
    customerId = customers.findByCode("C001").orElseThrow().id();
  }

  /**
   * Every variable a process holds or held is a plain value or JSON that Cockpit shows a person,
   * never a Java-serialized object: checked after each flow, over all instances so far.
   */
  @AfterEach
  void noVariableIsJavaSerialized() {
    // table and its type column
    Map<String, String> variableTables =
        Map.of("ACT_RU_VARIABLE", "TYPE_", "ACT_HI_VARINST", "VAR_TYPE_");
    variableTables.forEach(
        (table, type) ->
            assertThat(
                    jdbc.queryForList(
                        "select NAME_ from "
                            + table
                            + " where "
                            + type
                            + " in ('object', 'serializable')"
                            + " and (TEXT2_ is null or TEXT2_ <> 'application/json')",
                        String.class))
                .as("Java-serialized variables in %s", table)
                .isEmpty());
  }

  /**
   * Fires the timer start event of the process, as the job executor does when it is due, and runs
   * the instance it starts to its end; answers that instance's id.
   */
  protected String fireTimerStartAndRunToEnd(String processKey) {
    Job timer =
        managementService.createJobQuery().processDefinitionKey(processKey).timers().singleResult();
    assertThat(timer).as("the timer of %s", processKey).isNotNull();
    managementService.executeJob(timer.getId());
    String started =
        jdbc.queryForObject(
            "select ID_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = ? and END_TIME_ is null",
            String.class,
            processKey);
    engine.runDueJobs(started);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from ACT_RU_EXECUTION where PROC_INST_ID_ = ?",
                Integer.class,
                started))
        .as("the %s the timer started ended", processKey)
        .isZero();
    return started;
  }

  /** The one open task of the instance. */
  protected Task task(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  /** The one open task of the instance, which must be at the activity. */
  protected Task onlyTask(String instanceId, String activityId) {
    Task task = task(instanceId);
    assertThat(task).as("the open task of " + instanceId).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(activityId);
    return task;
  }
}
