package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import com.gendan.WebClient;
import com.gendan.quote.QuoteApprovalProcess;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An assistant's day in Tasklist, in a real browser: Chinese chrome, a quote started with bad lines
 * and then good ones, its task card naming the quote and the customer, its due date moved.
 */
@GendanSpringBootTest
class TasklistBrowserIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;

  @Test
  void assistantStartsAQuoteAndWorksItsTaskInChinese() {
    try (Browser browser = new Browser(port)) {
      Page page = browser.loggedInto("tasklist", "liuyang", WebClient.DEMO_PASSWORD);
      page.locator(".task-filters :text('我的任务'):visible").first().waitFor();
      Browser.assertChinese(page);
      assertThat(page.locator(".start-process-action").innerText()).contains("发起流程");
      assertThat(page.locator(".create-task-action").isVisible()).isFalse();
      Browser.screenshot(page, "tasklist");

      // three bad lines: all three are named at once, in Chinese, without an engine code
      Browser.openStartForm(page, "报价审批");
      Browser.type(page, "客户编号", "C001");
      Browser.type(page, "询价明细", "NOPE-1 5\nEC-R0603-103 -3\nEC-R0603-103 十");
      Response refused = Browser.sendStartForm(page);
      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      PlaywrightAssertions.assertThat(page.locator(".modal"))
          .containsText(
              "第3行",
              new LocatorAssertions.ContainsTextOptions().setTimeout(Browser.PATIENCE_MILLIS));
      String message = page.locator(".modal .alert-danger:visible").last().innerText();
      assertThat(message)
          .containsSubsequence("询价明细第1行：产品不存在：NOPE-1", "询价明细第2行：", "必须大于0", "询价明细第3行：数量不是数字")
          .doesNotContain("ENGINE-", "Cannot", "Exception", "quoteApproval:")
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
      Browser.assertChinese(page);
      Browser.screenshot(page, "start-error");
      long startedBefore = startedBy("liuyang");

      // typed and left as a person does (Browser.type), so form-js holds it before 发起
      Browser.type(page, "询价明细", "EC-R0603-103 100 15");
      Browser.startProcess(page);
      assertThat(startedBy("liuyang")).isEqualTo(startedBefore + 1);
      HistoricProcessInstance quote =
          historyService
              .createHistoricProcessInstanceQuery()
              .startedBy("liuyang")
              .processDefinitionKey(QuoteApprovalProcess.KEY)
              .orderByProcessInstanceStartTime()
              .desc()
              .listPage(0, 1)
              .get(0);
      runDueJobs(quote.getId());
      String number =
          (String)
              runtimeService.getVariable(
                  quote.getId(), QuoteApprovalProcess.Variables.QUOTE_NUMBER.name());
      assertThat(number).startsWith("BJ-");

      // the card names the quote and the customer
      page.reload();
      Locator card = page.locator("li.task").filter(new Locator.FilterOptions().setHasText(number));
      card.waitFor();
      assertThat(card.innerText()).contains("编制报价", "报价单号", number, "客户", "苏州恒达电子有限公司");
      Browser.screenshot(page, "task-card");

      // the task, and its due date moved to the 15th of next month
      card.locator("h4 a").click();
      page.locator(".task-card h2")
          .filter(new Locator.FilterOptions().setHasText("编制报价"))
          .waitFor();
      assertThat(page.locator(".task-card .tenant-id").isVisible()).isFalse();
      assertThat(page.locator(".task-card .instance-link").isVisible())
          .as("an assistant has no Cockpit to link to")
          .isFalse();
      assertThat(page.locator(".task-card .actors .groups").isVisible())
          .as("only admins change a task's groups")
          .isFalse();
      // the form, not Tasklist's "正在加载…": it is what the screenshot is for
      page.locator(".fjs-container a:has-text('报价单')").first().waitFor();
      Browser.assertChinese(page);
      Browser.screenshot(page, "task-form");

      page.locator(".task-card .due-date .view-value").click();
      assertThat(page.locator(".uib-daypicker").innerText())
          .contains("一", "日")
          .doesNotContain("Sun");
      page.locator(".uib-daypicker .uib-right").click();
      page.locator("td.uib-day button:not(.text-muted):has-text('15')").first().click();
      page.locator("button[ng-click^='applyChange']").click();
      page.locator(".task-card .due-date .view-value").waitFor();
      page.waitForCondition(
          () -> dueDateOf(quote.getId()) != null && dueDateOf(quote.getId()).getDayOfMonth() == 15);
      LocalDate nextMonth = LocalDate.now(SHANGHAI).plusMonths(1);
      ZonedDateTime due = dueDateOf(quote.getId());
      assertThat(due.toLocalDate()).isEqualTo(nextMonth.withDayOfMonth(15));
      assertThat(page.locator(".notifications .alert-danger").count()).isZero();
      Browser.screenshot(page, "due-date-set");

      // the printable quote, one click from the form, within the assistant's customer scope
      Locator link = page.locator(".fjs-container a:has-text('报价单')").first();
      Page document =
          "_blank".equals(link.getAttribute("target"))
              ? page.context().waitForPage(link::click)
              : clickInPlace(page, link);
      document.waitForLoadState();
      assertThat(document.locator("body").innerText())
          .contains("报价单", number, "苏州恒达电子有限公司", "EC-R0603-103");
      assertThat(Browser.englishPhrases(document)).isEmpty();
      Browser.screenshot(document, "quote-page");

      // a mistyped number: a Chinese page with a way back, not a Whitelabel page
      document.navigate("/documents/quotes/BJ-1999-99999");
      assertThat(document.locator("body").innerText()).contains("任务列表");
      assertThat(Browser.englishPhrases(document)).isEmpty();
      Browser.screenshot(document, "document-not-found");

      // an admin, who may open Cockpit, gets the link into it
      String taskId =
          taskService.createTaskQuery().processInstanceId(quote.getId()).singleResult().getId();
      Page admin = browser.loggedInto("tasklist", "admin", WebClient.DEMO_PASSWORD);
      admin.navigate("/camunda/app/tasklist/default/#/?task=" + taskId);
      admin.locator(".task-card .instance-link").waitFor();
      Browser.assertChinese(admin);

      // a task someone else has just completed: Tasklist says so in Chinese
      // Tasklist ties that message to the task's view and removes it with the view, which can be
      // at once on a loaded machine: what the notifications showed is recorded as they change
      page.addInitScript(RECORD_NOTIFICATIONS);
      page.navigate("/camunda/app/tasklist/default/#/?task=" + quote.getId() + "-done");
      page.waitForFunction(
          "() => (window.shownNotifications || []).some(text => text.includes('该任务已不存在'))");
      assertThat((List<?>) page.evaluate("window.shownNotifications"))
          .allSatisfy(shown -> assertThat(shown.toString()).doesNotContain("ENGINE-", "Exception"));
      Browser.assertChinese(page);
    }
  }

  /** Keeps every text Tasklist's notifications show in {@code window.shownNotifications}. */
  private static final String RECORD_NOTIFICATIONS =
      """
      window.shownNotifications = [];
      new MutationObserver(() =>
          document.querySelectorAll('.notifications').forEach(shown =>
              window.shownNotifications.push(shown.innerText)))
        .observe(document, {childList: true, subtree: true, characterData: true});
      """;

  private static Page clickInPlace(Page page, Locator link) {
    link.click();
    return page;
  }

  /** The job executor is off in tests: the quote's first async step runs here. */
  private void runDueJobs(String processInstanceId) {
    for (int round = 0; round < 5; round++) {
      managementService
          .createJobQuery()
          .processInstanceId(processInstanceId)
          .executable()
          .list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private long startedBy(String userId) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .startedBy(userId)
        .processDefinitionKey(QuoteApprovalProcess.KEY)
        .count();
  }

  private ZonedDateTime dueDateOf(String processInstanceId) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    return task == null || task.getDueDate() == null
        ? null
        : task.getDueDate().toInstant().atZone(SHANGHAI);
  }
}
