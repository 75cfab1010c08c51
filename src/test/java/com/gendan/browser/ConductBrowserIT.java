package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.conduct.ConductReviewProcess;
import com.gendan.identity.DemoUser;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The README's conduct review in a real browser, every step in Tasklist by the demo user it is
 * routed to: sunli reports a violation of liuyang, reviews it as liuyang's own sales manager (the
 * task is hers, in 我的任务) and proposes a warning, zhougang approves it, and it is on liuyang's file.
 */
class ConductBrowserIT extends TasklistWalk {

  @Test
  void aViolationIsReportedReviewedApprovedAndRecordedInTasklist() throws Exception {
    try (Browser browser = new Browser(port)) {
      // 1. sunli reports a violation of liuyang
      Page manager = tasklist(browser, DemoUser.SALES_MANAGER);
      Browser.openStartForm(manager, "业助奖惩审查");
      Browser.assertChinese(manager);
      Browser.type(manager, "业助用户名", DemoUser.ASSISTANT_LIU);
      Browser.choose(manager, "违规");
      Browser.select(manager, "情形", "违规：服务态度或服务质量不良引起客户投诉");
      Browser.type(manager, "事实经过", "客户C001投诉交期变更未及时通知");
      Browser.type(manager, "发生日期", today.minusDays(2).format(Browser.TYPED_DATE));
      Browser.screenshot(manager, "conduct-start-form");
      Browser.startProcess(manager);

      HistoricProcessInstance conduct =
          latestStartedBy(DemoUser.SALES_MANAGER, ConductReviewProcess.KEY);
      String number = variable(conduct, ConductReviewProcess.Variables.CASE_NUMBER);
      assertThat(number).startsWith("JC-");

      // 2. as liuyang's own sales manager, the review is in her own tasks
      Browser.openTask(manager, MY_TASKS, "审查认定奖惩事实", number);
      Browser.choose(manager, "属实");
      Browser.select(manager, "拟处理决定", "警告");
      Browser.type(manager, "审查意见", "经核实客户邮件，属实");
      Browser.assertChinese(manager);
      Browser.screenshot(manager, "conduct-review-form");
      Browser.complete(manager);

      // 3. zhougang approves the warning
      Page general = tasklist(browser, DemoUser.GENERAL_MANAGER);
      Browser.openTask(general, GROUP_TASKS, "核准奖惩决定", number);
      assertThat(Browser.field(general, "编号").inputValue()).isEqualTo(number);
      assertThat(Browser.field(general, "审查结果").inputValue()).contains("拟处理决定：警告");
      Browser.choose(general, "核准");
      Browser.screenshot(general, "conduct-approval-form");
      Browser.complete(general);
      engine.runDueJobs(conduct.getId());

      assertThat(ended(conduct)).isTrue();
      JsonNode file = json.readTree(web.get("/api/conduct-records", DemoUser.ASSISTANT_LIU).body());
      assertThat(file.findValuesAsText("caseNumber")).contains(number);
      JsonNode recorded =
          json.readTree(web.get("/api/conduct-records/" + number, DemoUser.ASSISTANT_LIU).body());
      assertThat(recorded.get("statusLabel").asText()).isEqualTo("已记录在档");
      assertThat(recorded.get("proposedDecisionLabel").asText()).isEqualTo("警告");
    }
  }
}
