package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.order.SalesOrderProcess;
import com.gendan.orderchange.OrderChangeProcess;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's change and cancellation walks in a real browser, every task in Tasklist by the demo
 * user it is routed to: liuyang opens the request from 发起流程, production, the warehouse, purchasing
 * and finance state their impact, sunli signs (and zhougang, above the cost limit or for a primary
 * customer's cancellation), the order is changed or cancelled, and wangqiang resells the dead stock
 * the change left; an urgent demand zhougang grants, and chenjing tells the customer of the order
 * that gives way.
 */
class OrderChangeBrowserIT extends TasklistWalk {

  /** A primary customer of liuyang's and wangqiang's. */
  private static final String CUSTOMER = "C002";

  private static final String CUSTOMER_NAME = "深圳市鑫源科技有限公司";
  private static final String PRODUCT = "EC-C0805-106";
  private static final String DEAD_STOCK = "电容EC-C0805-106 2000 3600";

  @Autowired JdbcTemplate jdbc;

  @Test
  void aChangeIsStatedByEveryDepartmentSignedByBothManagersAndItsDeadStockResold()
      throws Exception {
    HistoricProcessInstance order = openOrder();
    String orderNumber = variable(order, SalesOrderProcess.Variables.ORDER_NUMBER);
    try (Browser browser = new Browser(port)) {
      HistoricProcessInstance request = requested(browser, orderNumber, "变更", "1 60 -", "客户下调本季需求");
      String requestNumber = variable(request, OrderChangeProcess.Variables.REQUEST_NUMBER);

      stateImpact(browser, DemoUser.PRODUCTION, "生产评估变更影响", requestNumber, "0", null);
      stateImpact(browser, DemoUser.WAREHOUSE, "仓储评估变更影响", requestNumber, "0", null);
      stateImpact(browser, DemoUser.PURCHASING, "采购评估变更影响", requestNumber, "3600", DEAD_STOCK);
      // above the general manager's limit of 50,000
      stateImpact(browser, DemoUser.FINANCE, "财务评估变更影响", requestNumber, "52000", null);
      engine.runDueJobs(request.getId());

      signedBySalesAndGeneralManager(browser, requestNumber, request, order);

      JsonNode changed =
          json.readTree(web.get("/api/orders/" + orderNumber, DemoUser.ASSISTANT_LIU).body());
      assertThat(changed.get("lines").get(0).get("quantity").decimalValue())
          .isEqualByComparingTo("60");

      // the rep resells the purchased material that the change left over
      Page rep = tasklist(browser, DemoUser.REP_WANG);
      Browser.openTask(rep, MY_TASKS, "处理呆滞料", requestNumber);
      assertThat(Browser.field(rep, "待处理的呆滞料（序号 物料 数量 金额）").inputValue())
          .contains("电容EC-C0805-106", "2000", "3600");
      Browser.type(rep, "处理方式", "1 转售 售予C003");
      Browser.screenshot(rep, "dead-stock-form");
      Browser.complete(rep);
      engine.runDueJobs(request.getId());

      assertThat(ended(request)).as("the request ends when its dead stock is resolved").isTrue();
      JsonNode done =
          json.readTree(
              web.get("/api/change-requests/" + requestNumber, DemoUser.ASSISTANT_LIU).body());
      assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
      assertThat(done.get("deadStock").get(0).get("dispositionLabel").asText()).isEqualTo("转售");
      assertThat(done.get("signatures").findValuesAsText("signedBy"))
          .containsExactly(DemoUser.SALES_MANAGER, DemoUser.GENERAL_MANAGER);
    }
  }

  @Test
  void aPrimaryCustomersCancellationIsSignedByBothManagersAndEndsTheOrder() throws Exception {
    HistoricProcessInstance order = openOrder();
    String orderNumber = variable(order, SalesOrderProcess.Variables.ORDER_NUMBER);
    try (Browser browser = new Browser(port)) {
      HistoricProcessInstance request = requested(browser, orderNumber, "取消订单", null, "客户项目终止");
      String requestNumber = variable(request, OrderChangeProcess.Variables.REQUEST_NUMBER);

      stateImpact(browser, DemoUser.PRODUCTION, "生产评估变更影响", requestNumber, "0", null);
      stateImpact(browser, DemoUser.WAREHOUSE, "仓储评估变更影响", requestNumber, "0", null);
      stateImpact(browser, DemoUser.PURCHASING, "采购评估变更影响", requestNumber, "0", null);
      stateImpact(browser, DemoUser.FINANCE, "财务评估变更影响", requestNumber, "0", null);
      engine.runDueJobs(request.getId());

      signedBySalesAndGeneralManager(browser, requestNumber, request, order);

      assertThat(ended(order)).as("the cancelled order's process ends").isTrue();
      JsonNode cancelled =
          json.readTree(web.get("/api/orders/" + orderNumber, DemoUser.ASSISTANT_LIU).body());
      assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
      assertThat(ended(request)).as("no dead stock: the request ends once applied").isTrue();
    }
  }

  @Test
  void anUrgentDemandTheGeneralManagerGrantsIsToldToTheCustomerOfTheOrderThatGivesWay()
      throws Exception {
    HistoricProcessInstance order = openOrder();
    String orderNumber = variable(order, SalesOrderProcess.Variables.ORDER_NUMBER);
    HistoricProcessInstance other = openOrder(DemoUser.ASSISTANT_CHEN, "C003");
    String otherNumber = variable(other, SalesOrderProcess.Variables.ORDER_NUMBER);
    try (Browser browser = new Browser(port)) {
      HistoricProcessInstance request =
          requested(browser, orderNumber, "变更", "1 - " + today.plusDays(5), "客户产线提前投产");
      String requestNumber = variable(request, OrderChangeProcess.Variables.REQUEST_NUMBER);

      stateImpact(
          browser, DemoUser.PRODUCTION, "生产评估变更影响", requestNumber, "0", null, today.plusDays(20));
      stateImpact(browser, DemoUser.WAREHOUSE, "仓储评估变更影响", requestNumber, "0", null);
      stateImpact(browser, DemoUser.PURCHASING, "采购评估变更影响", requestNumber, "0", null);
      stateImpact(browser, DemoUser.FINANCE, "财务评估变更影响", requestNumber, "0", null);
      engine.runDueJobs(request.getId());

      // zhougang decides first: the order of a secondary customer gives way
      Page manager = tasklist(browser, DemoUser.GENERAL_MANAGER);
      Browser.openTask(manager, GROUP_TASKS, "高层决定紧急需求", requestNumber);
      assertThat(Browser.field(manager, "紧急需求").inputValue())
          .contains("生产最早可交期 " + today.plusDays(20), "要求交期 " + today.plusDays(5));
      Browser.choose(manager, "同意紧急需求（其他订单让步）");
      Browser.type(manager, "让步订单", otherNumber + " " + today.plusDays(45));
      Browser.type(manager, "决定说明", "鑫源产线投产优先，宏图订单顺延");
      Browser.assertChinese(manager);
      Browser.screenshot(manager, "urgent-demand-form");
      Browser.complete(manager);
      manager.close();
      engine.runDueJobs(request.getId());

      Page sales = tasklist(browser, DemoUser.SALES_MANAGER);
      Browser.openTask(sales, GROUP_TASKS, "签核变更申请", requestNumber);
      Browser.choose(sales, "同意");
      Browser.complete(sales);
      sales.close();
      engine.runDueJobs(request.getId());
      engine.runDueJobs(order.getId());

      // chenjing tells her customer of the order that gave way, and records the answer
      Page chen = tasklist(browser, DemoUser.ASSISTANT_CHEN);
      Browser.openTask(chen, MY_TASKS, "通知客户异常处理结果", otherNumber);
      assertThat(Browser.field(chen, "高层的处理决定").inputValue()).isEqualTo("鑫源产线投产优先，宏图订单顺延");
      assertThat(Browser.field(chen, "异常情况").inputValue())
          .contains("紧急需求让步", requestNumber, today.plusDays(45).toString());
      Browser.type(chen, "如何通知客户及客户反馈", "电话告知刘海涛，客户同意顺延");
      Browser.assertChinese(chen);
      Browser.screenshot(chen, "urgent-demand-yield-inform");
      Browser.complete(chen);

      JsonNode done =
          json.readTree(
              web.get("/api/change-requests/" + requestNumber, DemoUser.ASSISTANT_LIU).body());
      assertThat(done.get("urgentDecisionLabel").asText()).isEqualTo("同意紧急需求");
      assertThat(done.at("/yields/0/orderNumber").asText()).isEqualTo(otherNumber);
      assertThat(done.at("/yields/0/customerAnswer").asText()).isEqualTo("电话告知刘海涛，客户同意顺延");
      JsonNode changed =
          json.readTree(web.get("/api/orders/" + orderNumber, DemoUser.ASSISTANT_LIU).body());
      assertThat(changed.at("/lines/0/requestedDate").asText())
          .isEqualTo(today.plusDays(5).toString());
    }
  }

  /**
   * liuyang opens a request on the C002 order from Tasklist's start form: 变更 with the changed
   * lines, or 取消订单 (lines null); answers its process once registered.
   */
  private HistoricProcessInstance requested(
      Browser browser, String orderNumber, String kind, String lines, String reason) {
    Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
    Browser.openStartForm(assistant, "订单变更/取消");
    Browser.type(assistant, "客户编号", CUSTOMER);
    Browser.type(assistant, "订单号", orderNumber);
    Browser.choose(assistant, kind);
    if (lines != null) {
      Browser.type(assistant, "变更明细", lines);
    }
    Browser.type(assistant, "原因", reason);
    Browser.assertChinese(assistant);
    Browser.screenshot(
        assistant, lines == null ? "order-cancel-start-form" : "order-change-start-form");
    Browser.startProcess(assistant);
    assistant.close();
    HistoricProcessInstance request =
        latestStartedBy(DemoUser.ASSISTANT_LIU, OrderChangeProcess.KEY);
    engine.runDueJobs(request.getId());
    return request;
  }

  /** The department's user states its impact from its group's task. */
  private void stateImpact(
      Browser browser, String userId, String task, String requestNumber, String cost, String dead) {
    stateImpact(browser, userId, task, requestNumber, cost, dead, null);
  }

  /** Ditto, production naming the earliest date it can make the changed lines (when not null). */
  private void stateImpact(
      Browser browser,
      String userId,
      String task,
      String requestNumber,
      String cost,
      String dead,
      LocalDate earliestPossible) {
    Page page = tasklist(browser, userId);
    Browser.openTask(page, GROUP_TASKS, task, requestNumber);
    assertThat(Browser.field(page, "申请单号").inputValue()).isEqualTo(requestNumber);
    assertThat(Browser.field(page, "客户").inputValue()).isEqualTo(CUSTOMER_NAME);
    Browser.type(page, "影响成本（人民币元）", cost);
    if (earliestPossible != null) {
      Browser.type(page, "最早可交期（生产填写）", earliestPossible.format(Browser.TYPED_DATE));
    }
    if (dead != null) {
      // Tab from the last field typed would open the date picker below it
      Browser.type(page, "呆滞料", dead);
      Browser.type(page, "已备/已制物料", "已按原数量备料");
      Browser.screenshot(page, "change-impact-form");
    }
    Browser.complete(page);
    page.close();
  }

  /**
   * sunli, then zhougang approve the request from their groups' tasks; the approval reaches the
   * order.
   */
  private void signedBySalesAndGeneralManager(
      Browser browser,
      String requestNumber,
      HistoricProcessInstance request,
      HistoricProcessInstance order) {
    for (String manager : List.of(DemoUser.SALES_MANAGER, DemoUser.GENERAL_MANAGER)) {
      Page page = tasklist(browser, manager);
      Browser.openTask(page, GROUP_TASKS, "签核变更申请", requestNumber);
      assertThat(Browser.field(page, "各部门影响").inputValue()).contains("生产", "财务");
      Browser.choose(page, "同意");
      Browser.screenshot(page, "change-sign-form");
      Browser.complete(page);
      page.close();
      engine.runDueJobs(request.getId());
    }
    engine.runDueJobs(order.getId());
  }

  /** An order of C002's registered by liuyang through the API, waiting in its intake. */
  private HistoricProcessInstance openOrder() {
    return openOrder(DemoUser.ASSISTANT_LIU, CUSTOMER);
  }

  /** An order of the customer's registered by its assistant through the API, in its intake. */
  private HistoricProcessInstance openOrder(String assistant, String customer) {
    long customerId =
        jdbc.queryForObject("select id from customer where code = ?", Long.class, customer);
    HttpResponse<String> registered =
        web.postJson(
            "/api/orders",
            assistant,
            """
            {"customerId": %d, "channel": "email", "customerPo": "PO-CHG-%d",
             "lines": [{"productCode": "%s", "quantity": 100, "unitPrice": 35,
                        "requestedDate": "%s"}]}"""
                .formatted(customerId, System.nanoTime(), PRODUCT, today.plusDays(40)));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    HistoricProcessInstance order = latestStartedBy(assistant, SalesOrderProcess.KEY);
    engine.runDueJobs(order.getId());
    return order;
  }
}
