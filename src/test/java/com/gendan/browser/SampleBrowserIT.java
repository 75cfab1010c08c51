package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.EngineRest;
import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.gendan.identity.DemoUser;
import com.gendan.sample.SampleTrackingProcess;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's sample walk in a real browser, every step in Tasklist by the demo user it is routed
 * to: liuyang requests a free sample (first with a quantity below the minimum and no purpose, which
 * form-js refuses in Chinese), sunli approves it, heping ships it, liuyang confirms the delivery
 * and follows the customer up until the result is in. Every form links to the printable 样品申请单.
 */
@GendanSpringBootTest
class SampleBrowserIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** How form-js's date field takes a typed date (its placeholder says yyyy/mm/dd). */
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private static final String MY_TASKS = "我的任务";
  private static final String GROUP_TASKS = "我所在组的任务";

  @LocalServerPort int port;

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;

  @Test
  void aFreeSampleIsRequestedApprovedShippedDeliveredAndPassedInTasklist() throws Exception {
    WebClient web = new WebClient(port);
    EngineRest engine = new EngineRest(web, json, managementService);
    LocalDate today = LocalDate.now(SHANGHAI);
    try (Browser browser = new Browser(port)) {
      // 1. liuyang requests a free sample worth more than the approval limit
      Page assistant =
          browser.loggedInto("tasklist", DemoUser.ASSISTANT_LIU, WebClient.DEMO_PASSWORD);
      Browser.openStartForm(assistant, "样品跟踪");
      Browser.assertChinese(assistant);
      Browser.type(assistant, "客户编号", "C001");
      Browser.type(assistant, "产品编号", "EC-R0603-103");
      Browser.type(assistant, "数量", "0");

      // form-js's own checks, in Chinese, next to their fields: below the minimum as it is typed
      Locator start = assistant.locator(".modal-footer button.btn-primary");
      assertFieldMessage(assistant, "数量", "不能小于 0.001。");
      assertThat(start.isDisabled()).as("form-js holds the form while a field is wrong").isTrue();
      Browser.type(assistant, "数量", "2");
      PlaywrightAssertions.assertThat(Browser.fieldError(assistant, "数量")).hasCount(0);
      assertThat(start.isEnabled()).as("typed right, the form may be sent").isTrue();

      // ... and required fields left empty when the form is sent
      Browser.type(assistant, "希望寄达日期", today.plusDays(10).format(TYPED));
      start.click();
      assertFieldMessage(assistant, "样品价值（人民币）", "此项必填。");
      assertFieldMessage(assistant, "用途", "此项必填。");
      assertThat(assistant.locator(".modal").innerText()).contains("流程未能发起");
      Browser.assertChinese(assistant);
      Browser.assertNoEngineCode(assistant);
      Browser.screenshot(assistant, "required-field");
      assertThat(start.isDisabled()).isTrue();

      Browser.type(assistant, "样品价值（人民币）", "3000");
      Browser.type(assistant, "用途", "新机型试产验证");
      PlaywrightAssertions.assertThat(assistant.locator(".modal .fjs-form-field-error"))
          .hasCount(0);
      assertThat(start.isEnabled()).isTrue();
      Browser.screenshot(assistant, "sample-start-form");
      Response started =
          assistant.waitForResponse(
              response -> response.url().endsWith("/submit-form"), start::click);
      assertThat(started.status()).as(started.text()).isEqualTo(200);
      assistant
          .locator(".modal")
          .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
      Browser.assertNoEngineCode(assistant);

      HistoricProcessInstance sample = latestStartedBy(DemoUser.ASSISTANT_LIU);
      String number =
          (String)
              runtimeService.getVariable(
                  sample.getId(), SampleTrackingProcess.Variables.SAMPLE_NUMBER.name());
      assertThat(number).startsWith("YP-");

      // 2. sunli approves the free sample
      Page manager =
          browser.loggedInto("tasklist", DemoUser.SALES_MANAGER, WebClient.DEMO_PASSWORD);
      Browser.openTask(manager, GROUP_TASKS, "审批免费样品", number);
      assertSampleDocument(manager, number);
      Browser.choose(manager, "同意");
      Browser.screenshot(manager, "sample-approval-form");
      Browser.complete(manager);

      // 3. heping ships it
      Page warehouse = browser.loggedInto("tasklist", DemoUser.WAREHOUSE, WebClient.DEMO_PASSWORD);
      Browser.openTask(warehouse, GROUP_TASKS, "准备并寄出样品", number);
      assertSampleDocument(warehouse, number);
      Browser.select(warehouse, "承运商", "顺丰速运");
      Browser.type(warehouse, "快递单号", "SF1402338891");
      Browser.type(warehouse, "寄出日期", today.format(TYPED));
      Browser.assertChinese(warehouse);
      Browser.screenshot(warehouse, "sample-ship-form");
      Browser.complete(warehouse);
      engine.runDueJobs(sample.getId());

      // 4. liuyang, to whom the delivery is offered besides the warehouse, confirms it
      Browser.openTask(assistant, GROUP_TASKS, "确认样品签收", number);
      Browser.openDocument(assistant, "样品申请单", "样品申请单", number, "SF1402338891").close();
      Browser.type(assistant, "签收日期", today.format(TYPED));
      Browser.complete(assistant);

      // 5. she follows the customer up: no result yet, then a conditional pass
      Browser.openTask(assistant, MY_TASKS, "跟进客户测试结果", number);
      assertSampleDocument(assistant, number);
      followUp(assistant, today, "客户尚在测试", "尚无结果");
      Browser.complete(assistant);

      Browser.openTask(assistant, MY_TASKS, "跟进客户测试结果", number);
      followUp(assistant, today, "电性能合格，包装须改进", "有条件通过");
      Browser.type(assistant, "通过条件", "量产时每盘须加防潮包装");
      Browser.type(assistant, "客户反馈", "样品测试合格");
      Browser.assertChinese(assistant);
      Browser.screenshot(assistant, "sample-follow-up-form");
      Browser.complete(assistant);

      // the result is recorded: the request reads 有条件通过 and its process has ended
      assertThat(
              historyService
                  .createHistoricProcessInstanceQuery()
                  .processInstanceId(sample.getId())
                  .singleResult()
                  .getEndTime())
          .as("the sample's process ends with the result")
          .isNotNull();
      JsonNode recorded =
          json.readTree(web.get("/api/samples/" + number, DemoUser.ASSISTANT_LIU).body());
      assertThat(recorded.get("status").asText()).isEqualTo("APPROVED");
      assertThat(recorded.get("statusLabel").asText()).isEqualTo("有条件通过");
      Page document = assistant.context().newPage();
      document.navigate("/documents/samples/" + number);
      assertThat(document.locator("body").innerText())
          .contains("样品申请单", number, "有条件通过", "量产时每盘须加防潮包装", "客户尚在测试");
      Browser.screenshot(document, "sample-page");
    }
  }

  /** One contact with the customer, logged in the follow-up form. */
  private static void followUp(Page page, LocalDate today, String note, String result) {
    Browser.type(page, "联络日期", today.format(TYPED));
    Browser.type(page, "联系人", "张伟");
    Browser.type(page, "联络记录", note);
    Browser.choose(page, result);
  }

  /** The form's link opens the printable 样品申请单 with the sample's number, in Chinese. */
  private static void assertSampleDocument(Page page, String number) {
    Browser.openDocument(page, "样品申请单", "样品申请单", number).close();
  }

  /** form-js's message under the field, in Chinese, and no English one anywhere. */
  private static void assertFieldMessage(Page page, String label, String message) {
    PlaywrightAssertions.assertThat(Browser.fieldError(page, label)).hasText(message);
    assertThat(page.locator(".fjs-form").innerText()).doesNotContain("Field ");
  }

  private HistoricProcessInstance latestStartedBy(String userId) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .startedBy(userId)
        .processDefinitionKey(SampleTrackingProcess.KEY)
        .orderByProcessInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .get(0);
  }
}
