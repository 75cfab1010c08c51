package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.order.SalesOrderProcess;
import com.gendan.quote.QuoteApprovalProcess;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * The README's order walk in a real browser, every task in Tasklist by the demo user it is routed
 * to: a price agreed through a quote (liuyang drafts, sunli signs, the customer accepts), an order
 * registered without the customer's standing requirement, the review's finding corrected, the
 * production plan confirmed, the goods reported ready (production's API, as the README does), held
 * by quality's outgoing inspection, reported again after rework and passed, the transport chosen
 * and the outbound delivery recorded until the order is closed. Every form links to its printable
 * documents: 报价单, 销售订单, 生产计划单, 备货通知单, 出库单.
 */
class OrderBrowserIT extends TasklistWalk {

  /** C002 ships to Shenzhen from stock (an outbound delivery) and has a standing requirement. */
  private static final String CUSTOMER = "C002";

  private static final String CUSTOMER_NAME = "深圳市鑫源科技有限公司";
  private static final String STANDING = "送货须提前一天预约，仅限工作日9:00-16:00收货";
  private static final String PRODUCT = "EC-C0805-106";

  @Test
  void aQuotedOrderIsReviewedCorrectedPlannedAndShippedInTasklist() throws Exception {
    LocalDate requested = today.plusDays(30);
    try (Browser browser = new Browser(port)) {
      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      Page manager = tasklist(browser, DemoUser.SALES_MANAGER);

      // the price: liuyang quotes 35, sunli signs, the customer accepts
      Browser.openStartForm(assistant, "报价审批");
      Browser.type(assistant, "客户编号", CUSTOMER);
      Browser.type(assistant, "询价明细", PRODUCT + " 100 35");
      Browser.assertChinese(assistant);
      Browser.startProcess(assistant);
      HistoricProcessInstance quote =
          latestStartedBy(DemoUser.ASSISTANT_LIU, QuoteApprovalProcess.KEY);
      engine.runDueJobs(quote.getId());
      String quoteNumber = variable(quote, QuoteApprovalProcess.Variables.QUOTE_NUMBER);

      Browser.openTask(assistant, MY_TASKS, "编制报价", quoteNumber);
      Browser.openDocument(assistant, "报价单", "报价单", quoteNumber, PRODUCT).close();
      Browser.type(
          assistant.locator(".fjs-form").getByLabel(Pattern.compile("^第1项 " + PRODUCT)), "35");
      Browser.complete(assistant);

      Browser.openTask(manager, GROUP_TASKS, "报价签核", quoteNumber);
      Browser.openDocument(manager, "报价单", "报价单", quoteNumber).close();
      Browser.choose(manager, "同意");
      Browser.complete(manager);
      engine.runDueJobs(quote.getId());

      Browser.openTask(assistant, MY_TASKS, "登记客户回复", quoteNumber);
      Browser.openDocument(assistant, "报价单", "报价单", quoteNumber, "孙丽").close();
      Browser.choose(assistant, "全部接受");
      Browser.complete(assistant);
      engine.runDueJobs(quote.getId());

      // the order, by email, without the customer's standing requirement
      Browser.openStartForm(assistant, "销售订单");
      Browser.type(assistant, "客户编号", CUSTOMER);
      Browser.choose(assistant, "电子邮件");
      Browser.type(assistant, "客户订单号", "XY-PO-2026-118");
      Browser.type(assistant, "收到日期", today.format(Browser.TYPED_DATE));
      Browser.type(assistant, "时间", "09:30");
      Browser.type(assistant, "订单明细", PRODUCT + " 100 35 " + requested);
      Browser.assertChinese(assistant);
      Browser.screenshot(assistant, "order-start-form");
      Browser.startProcess(assistant);
      HistoricProcessInstance order =
          latestStartedBy(DemoUser.ASSISTANT_LIU, SalesOrderProcess.KEY);
      engine.runDueJobs(order.getId());
      String orderNumber = variable(order, SalesOrderProcess.Variables.ORDER_NUMBER);
      assertThat(orderNumber).startsWith("XS-");

      // the review's finding, in Chinese, and the requirement added from the correction form
      Browser.openTask(assistant, MY_TASKS, "协调订单更正", orderNumber);
      assertThat(Browser.field(assistant, "审查发现").inputValue())
          .contains("订单未体现客户的常规要求", STANDING)
          .doesNotContain("STANDING_REQUIREMENT_MISSING");
      Browser.screenshot(assistant, "order-review-form");
      Browser.openDocument(assistant, "销售订单", "销售订单", orderNumber, CUSTOMER_NAME, PRODUCT).close();
      Browser.choose(assistant, "按客户更正修改明细或补充特殊要求");
      Browser.type(assistant, "补充特殊要求", STANDING);
      Browser.complete(assistant);
      engine.runDueJobs(order.getId());

      // production confirms the plan
      Page production = tasklist(browser, DemoUser.PRODUCTION);
      Browser.openTask(production, GROUP_TASKS, "确认生产计划", orderNumber);
      assertThat(Browser.field(production, "客户特殊要求").inputValue()).contains(STANDING);
      Page plan =
          Browser.openDocument(production, "生产计划单", "生产计划单", orderNumber, PRODUCT, STANDING);
      plan.close();
      Browser.type(production, "计划完工日期", today.plusDays(15).format(Browser.TYPED_DATE));
      Browser.screenshot(production, "production-plan-form");
      Browser.complete(production);
      engine.runDueJobs(order.getId());

      // production reports all of it finished, as the README's walk does with its API; fenglei
      // holds the batch, production reworks it and reports it again, and fenglei passes it
      long orderId = variable(order, SalesOrderProcess.Variables.ORDER_ID);
      reportGoodsReady(orderId, order);
      Page quality = tasklist(browser, DemoUser.QUALITY);
      Browser.openTask(quality, GROUP_TASKS, "出货检验", orderNumber);
      assertThat(Browser.field(quality, "本批完工明细").inputValue()).contains(PRODUCT, "完工 100");
      Browser.choose(quality, "不合格，扣留");
      Browser.type(quality, "检验说明", "焊点虚焊，需返工");
      Browser.complete(quality);
      engine.runDueJobs(order.getId());
      // the held batch is a quality exception: zhougang decides, liuyang tells the customer
      Page generalManager = tasklist(browser, DemoUser.GENERAL_MANAGER);
      Browser.openTask(generalManager, GROUP_TASKS, "高层决定异常处理", orderNumber);
      assertThat(Browser.field(generalManager, "异常情况").inputValue())
          .contains("品质异常", "出货检验不合格", "焊点虚焊");
      Browser.type(generalManager, "处理决定", "返工后重新检验，交期不变");
      Browser.complete(generalManager);
      engine.runDueJobs(order.getId());
      Browser.openTask(assistant, MY_TASKS, "通知客户异常处理结果", orderNumber);
      Browser.type(assistant, "如何通知客户及客户反馈", "已电话告知采购，客户同意按原交期");
      Browser.complete(assistant);
      engine.runDueJobs(order.getId());
      reportGoodsReady(orderId, order);
      Browser.openTask(quality, GROUP_TASKS, "出货检验", orderNumber);
      Browser.choose(quality, "合格，放行");
      Browser.type(quality, "检验说明", "返工后外观、尺寸、电性能抽检合格");
      Browser.screenshot(quality, "inspection-form");
      Browser.complete(quality);
      engine.runDueJobs(order.getId());

      // liuyang confirms the proposed transport
      Browser.openTask(assistant, MY_TASKS, "选择运输方式", orderNumber);
      Browser.openDocument(assistant, "备货通知单", "备货通知单", orderNumber).close();
      Browser.openDocument(assistant, "销售订单", "销售订单", orderNumber).close();
      assertThat(Browser.field(assistant, "运输方式建议").inputValue()).contains("建议");
      Browser.screenshot(assistant, "transport-form");
      Browser.complete(assistant);

      // heping records the outbound delivery, prefilled with what was finished
      Page warehouse = tasklist(browser, DemoUser.WAREHOUSE);
      Browser.openTask(warehouse, GROUP_TASKS, "登记出库", orderNumber);
      Browser.openDocument(warehouse, "出库单", "出库单", orderNumber, CUSTOMER_NAME).close();
      Browser.openDocument(warehouse, "备货通知单", "备货通知单", orderNumber).close();
      assertThat(Browser.field(warehouse, "实发数量").inputValue()).isEqualTo("1 100");
      Browser.type(warehouse, "承运商", "顺丰速运");
      Browser.type(warehouse, "运单号", "SF1402339902");
      Browser.type(warehouse, "出货日期", today.format(Browser.TYPED_DATE));
      Browser.screenshot(warehouse, "outbound-form");
      Browser.complete(warehouse);
      engine.runDueJobs(order.getId());

      // everything shipped: the order is closed and its process has ended
      assertThat(ended(order)).as("the order's process ends when all is shipped").isTrue();
      JsonNode closed =
          json.readTree(web.get("/api/orders/" + orderNumber, DemoUser.ASSISTANT_LIU).body());
      assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
      Page document = assistant.context().newPage();
      document.navigate("/documents/orders/" + orderNumber);
      assertThat(document.locator("body").innerText())
          .contains("销售订单", orderNumber, CUSTOMER_NAME, STANDING, "出库单", "SF1402339902");
      assertThat(Browser.englishPhrases(document)).isEmpty();
      Browser.screenshot(document, "order-page");
    }
  }

  /** Production reports the order's 100 finished, as the README's walk does with its API. */
  private void reportGoodsReady(long orderId, HistoricProcessInstance order) {
    HttpResponse<String> ready =
        web.postJson(
            "/api/orders/" + orderId + "/goods-ready",
            DemoUser.PRODUCTION,
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": 100}]}");
    assertThat(ready.statusCode()).as(ready.body()).isBetween(200, 299);
    engine.runDueJobs(order.getId());
  }
}
