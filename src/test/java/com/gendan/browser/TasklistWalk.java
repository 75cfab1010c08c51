package com.gendan.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.EngineRest;
import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.gendan.process.ProcessVariable;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a README walk in the browser needs besides the browser: the demo users' Tasklist, the job
 * executor's work (off in tests) and a look at the state behind the screens. It never completes a
 * task or sets a variable: the users do that in Tasklist.
 */
@GendanSpringBootTest
abstract class TasklistWalk {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Tasklist's filters: tasks assigned to her, tasks she may claim. */
  static final String MY_TASKS = "我的任务";

  static final String GROUP_TASKS = "我所在组的任务";

  @LocalServerPort int port;

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;

  WebClient web;
  EngineRest engine;

  final LocalDate today = LocalDate.now(SHANGHAI);

  @BeforeEach
  void clients() {
    web = new WebClient(port);
    engine = new EngineRest(web, json, managementService);
  }

  /** {@code userId}'s Tasklist, logged in with the demo password. */
  static Page tasklist(Browser browser, String userId) {
    return browser.loggedInto("tasklist", userId, WebClient.DEMO_PASSWORD);
  }

  /** The instance of {@code processKey} that {@code userId} started last. */
  HistoricProcessInstance latestStartedBy(String userId, String processKey) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .startedBy(userId)
        .processDefinitionKey(processKey)
        .orderByProcessInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .get(0);
  }

  /** A variable of a running instance, as its process keeps it. */
  <T> T variable(HistoricProcessInstance instance, ProcessVariable<T> variable) {
    return variable.type().cast(runtimeService.getVariable(instance.getId(), variable.name()));
  }

  /** Whether the instance has ended. */
  boolean ended(HistoricProcessInstance instance) {
    return historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(instance.getId())
            .singleResult()
            .getEndTime()
        != null;
  }
}
