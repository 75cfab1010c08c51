package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.EngineRest;
import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.gendan.customer.CustomerDirectory;
import com.gendan.identity.DemoUser;
import com.gendan.quote.QuoteWalk;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Gendan's Cockpit views in a real browser: the auditor finds a finished quote by its number and
 * reads its whole story, the audit reports with their Excel export, and the sales manager's team
 * view; each in Chinese, each only in the menu of whom it is for.
 */
@GendanSpringBootTest
class CockpitViewsBrowserIT {

  @LocalServerPort int port;

  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;
  @Autowired CustomerDirectory customers;

  @Test
  void theAuditorReadsAFinishedQuotesStoryAndTheManagerTheTeamsWork() throws Exception {
    WebClient web = new WebClient(port);
    QuoteWalk walk = new QuoteWalk(web, new EngineRest(web, json, managementService), taskService);
    long customerId = customers.findByCode("C001").orElseThrow().id();
    JsonNode quote = walk.finished(customerId);
    String number = quote.get("quoteNumber").asText();
    assertThat(web.get("/api/quotes/" + number, DemoUser.REP_WANG).statusCode()).isEqualTo(200);
    JsonNode open = walk.registerOneLine(customerId);
    Task overdue = walk.task(open.get("processInstanceId").asText());
    taskService.setDueDate(overdue.getId(), Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));

    try (Browser browser = new Browser(port)) {
      Page auditor = browser.loggedInto("cockpit", DemoUser.AUDITOR, WebClient.DEMO_PASSWORD);
      auditor.locator("a.gendan-nav-history").click();
      auditor.locator("form[data-view=history-search]").waitFor();
      auditor.locator("input[name=document]").fill(number);
      auditor.locator("form[data-view=history-search] button[type=submit]").click();
      Locator found =
          auditor.locator(".gendan-table a", new Page.LocatorOptions().setHasText(number));
      found.waitFor();
      PlaywrightAssertions.assertThat(auditor.locator(".gendan-table tbody tr")).hasCount(1);
      assertThat(auditor.locator(".gendan-table tbody").innerText())
          .contains("报价审批", "已完成", "苏州恒达电子有限公司", "刘洋");
      Browser.assertChinese(auditor);
      Browser.screenshot(auditor, "cockpit-history-search");

      found.click();
      auditor.locator(".gendan-decision").first().waitFor();
      String story = auditor.locator(".gendan-view").innerText();
      assertThat(story).contains(number, "编制报价", "报价签核", "规则判断", "命中规则", "操作记录", "孙丽", "变量历史");
      assertThat(auditor.locator(".gendan-view").innerText())
          .doesNotContain("userTask", "Complete");
      Browser.assertChinese(auditor);
      Browser.screenshot(auditor, "cockpit-history-story");

      assertThat(auditor.locator("a.gendan-nav-team").isVisible())
          .as("the team view is the managers'")
          .isFalse();
      auditor.locator("a.gendan-nav-reports").click();
      auditor
          .locator(".gendan-section", new Page.LocatorOptions().setHasText("客户单据查阅记录"))
          .locator("tbody tr")
          .first()
          .waitFor();
      assertThat(auditor.locator(".gendan-view").innerText())
          .contains("逾期完成的任务", "各步骤等待最久的单据", "编制报价", "报价单");
      Browser.assertChinese(auditor);
      Browser.screenshot(auditor, "cockpit-audit-reports");
      Download excel =
          auditor.waitForDownload(
              () -> auditor.locator(".gendan-section .gendan-export").first().click());
      assertThat(excel.suggestedFilename()).startsWith("迟办任务-").endsWith(".xlsx");

      Page manager = browser.loggedInto("cockpit", DemoUser.SALES_MANAGER, WebClient.DEMO_PASSWORD);
      manager.locator("a.gendan-nav-team").click();
      Locator stuck =
          manager.locator(
              ".gendan-table tr",
              new Page.LocatorOptions().setHasText(open.get("quoteNumber").asText()));
      stuck.waitFor();
      assertThat(stuck.innerText()).contains("编制报价", "已逾期", "刘洋");
      assertThat(manager.locator(".gendan-view").innerText()).contains("业助待办", "陈静");
      Browser.assertChinese(manager);
      Browser.screenshot(manager, "cockpit-team");
    }
  }

  @Test
  void theProcessOwnerReadsTheDecisionTablesSheMayChangeInCockpit() {
    try (Browser browser = new Browser(port)) {
      Page owner = browser.loggedInto("cockpit", DemoUser.PROCESS_OWNER, WebClient.DEMO_PASSWORD);
      owner.navigate("/camunda/app/cockpit/default/#/decisions");
      Locator authority = owner.locator("a", new Page.LocatorOptions().setHasText("报价签核权限"));
      authority.first().waitFor();
      Browser.assertChinese(owner);
      authority.first().click();
      owner.locator(".dmn-decision-table-container, .tjs-container").first().waitFor();
      assertThat(owner.locator("body").innerText()).contains("报价总额", "签核组");
      Browser.screenshot(owner, "cockpit-process-owner-decision");
      assertThat(owner.locator("a.gendan-nav-reports").isVisible())
          .as("process owners do not read customers' work")
          .isFalse();
    }
  }
}
