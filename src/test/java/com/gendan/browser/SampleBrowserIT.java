package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.sample.SampleTrackingProcess;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.LocalDate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The README's sample walk in a real browser, every step in Tasklist by the demo user it is routed
 * to: liuyang requests a free sample (first with a quantity below the minimum and no purpose, which
 * form-js refuses in Chinese), sunli approves it, heping ships it, liuyang confirms the delivery
 * and follows the customer up until the result is in. Every form links to the printable 样品申请单.
 */
class SampleBrowserIT extends TasklistWalk {

  @Test
  void aFreeSampleIsRequestedApprovedShippedDeliveredAndPassedInTasklist() throws Exception {
    try (Browser browser = new Browser(port)) {
      // 1. liuyang requests a free sample worth more than the approval limit
      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      Browser.openStartForm(assistant, "样品跟踪");
      Browser.assertChinese(assistant);
      Browser.type(assistant, "客户编号", "C001");
      Browser.type(assistant, "产品编号", "EC-R0603-103");
      Browser.type(assistant, "希望寄达日期", today.plusDays(10).format(Browser.TYPED_DATE));
      Browser.type(assistant, "数量", "0");

      // form-js's own checks, in Chinese, next to their fields: below the minimum as it is typed
      Locator start = assistant.locator(".modal-footer button.btn-primary");
      assertFieldMessage(assistant, "数量", "不能小于 0.001。");
      assertThat(start.isDisabled()).as("form-js holds the form while a field is wrong").isTrue();
      Browser.type(assistant, "数量", "2");
      PlaywrightAssertions.assertThat(Browser.fieldError(assistant, "数量")).hasCount(0);
      assertThat(start.isEnabled()).as("typed right, the form may be sent").isTrue();

      // ... and required fields left empty when the form is sent
      start.click();
      PlaywrightAssertions.assertThat(assistant.locator(".modal .fjs-form-field-error"))
          .hasCount(2);
      assertFieldMessage(assistant, "样品价值（人民币）", "此项必填。");
      assertFieldMessage(assistant, "用途", "此项必填。");
      assertThat(assistant.locator(".modal").innerText()).contains("流程未能发起");
      Browser.assertChinese(assistant);
      Browser.assertNoEngineCode(assistant);
      Browser.screenshot(assistant, "required-field");
      assertThat(start.isDisabled()).isTrue();

      Browser.type(assistant, "样品价值（人民币）", "3000");
      PlaywrightAssertions.assertThat(Browser.fieldError(assistant, "样品价值（人民币）")).hasCount(0);
      Browser.type(assistant, "用途", "新机型试产验证");
      PlaywrightAssertions.assertThat(Browser.fieldError(assistant, "用途")).hasCount(0);
      Browser.screenshot(assistant, "sample-start-form");
      PlaywrightAssertions.assertThat(assistant.locator(".modal .fjs-form-field-error"))
          .hasCount(0);
      assertThat(start.isEnabled()).isTrue();
      Browser.startProcess(assistant);

      HistoricProcessInstance sample =
          latestStartedBy(DemoUser.ASSISTANT_LIU, SampleTrackingProcess.KEY);
      String number = variable(sample, SampleTrackingProcess.Variables.SAMPLE_NUMBER);
      assertThat(number).startsWith("YP-");

      // 2. sunli approves the free sample
      Page manager = tasklist(browser, DemoUser.SALES_MANAGER);
      Browser.openTask(manager, GROUP_TASKS, "审批免费样品", number);
      assertSampleDocument(manager, number);
      Browser.choose(manager, "同意");
      Browser.screenshot(manager, "sample-approval-form");
      Browser.complete(manager);

      // 3. heping ships it
      Page warehouse = tasklist(browser, DemoUser.WAREHOUSE);
      Browser.openTask(warehouse, GROUP_TASKS, "准备并寄出样品", number);
      assertSampleDocument(warehouse, number);
      Browser.select(warehouse, "承运商", "顺丰速运");
      Browser.type(warehouse, "快递单号", "SF1402338891");
      Browser.type(warehouse, "寄出日期", today.format(Browser.TYPED_DATE));
      Browser.assertChinese(warehouse);
      Browser.screenshot(warehouse, "sample-ship-form");
      Browser.complete(warehouse);
      engine.runDueJobs(sample.getId());

      // 4. liuyang, to whom the delivery is offered besides the warehouse, confirms it
      Browser.openTask(assistant, GROUP_TASKS, "确认样品签收", number);
      Browser.openDocument(assistant, "样品申请单", "样品申请单", number, "SF1402338891").close();
      Browser.type(assistant, "签收日期", today.format(Browser.TYPED_DATE));
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
      assertThat(ended(sample)).as("the sample's process ends with the result").isTrue();
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
    Browser.type(page, "联络日期", today.format(Browser.TYPED_DATE));
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
}
