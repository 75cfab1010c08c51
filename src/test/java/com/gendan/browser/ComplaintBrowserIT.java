package com.gendan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.complaint.ComplaintHandlingProcess;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderWalks;
import com.gendan.order.SalesOrderProcess;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's complaint walk in a real browser, every task in Tasklist by the demo user it is
 * routed to. An order of C001's (liuyang's customer) shipped a first batch of 60 at 35 CNY a piece
 * (through the API, as the order walks do); the customer complains about that batch. A remake:
 * liuyang registers it from 发起流程, fenglei investigates, liuyang proposes a remake of 25,000 CNY
 * with the goods coming back, sunli and zhougang approve (the decision's rows), the replacement
 * order starts at the original price, heping receives the return, fenglei checks it, liuyang
 * records the customer's confirmation and, the verification period over, fenglei finds the
 * countermeasure effective. A discount: fenglei registers it, liuyang proposes 12,000.50 CNY,
 * sunli, wufang and zhougang approve, and the allowance waits for the statement.
 */
class ComplaintBrowserIT extends TasklistWalk {

  /** The first bytes of a JPEG: what the type check reads. */
  private static final byte[] PHOTO = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0
  };

  private static final String CUSTOMER = "C001";
  private static final String CUSTOMER_NAME = "苏州恒达电子有限公司";

  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  private OrderWalks orders;
  private long customerId;

  @BeforeEach
  void orders() {
    orders = new OrderWalks(web, engine, json, taskService);
    customerId =
        jdbc.queryForObject("select id from customer where code = ?", Long.class, CUSTOMER);
  }

  @Test
  void aRemakeIsApprovedReorderedReturnedClosedAndVerifiedInTasklist() throws Exception {
    JsonNode shipment = orders.shippedBatch(customerId, "35", "60", "SF-KS-" + System.nanoTime());
    String orderNumber = shipment.get("orderNumber").asText();
    String shipmentNumber = shipment.get("shipmentNumber").asText();
    try (Browser browser = new Browser(port)) {
      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      HistoricProcessInstance complaint =
          register(
              assistant, DemoUser.ASSISTANT_LIU, orderNumber, shipmentNumber, "complaint-start");
      String number = variable(complaint, ComplaintHandlingProcess.Variables.COMPLAINT_NUMBER);
      assertThat(number).matches("KS-\\d{4}-\\d{5}");

      investigate(browser, number, "investigate");

      propose(assistant, complaint, "重做（补单）", "25000", true, "重做 60 件，客户退回不良品", "remake");

      // above 20,000 a remake is the general manager's too, after the sales manager
      approve(
          browser,
          complaint,
          number,
          "重做（补单）",
          "remake",
          true,
          DemoUser.SALES_MANAGER,
          DemoUser.GENERAL_MANAGER);

      // the replacement order: what the batch shipped, at the original order's price, started
      JsonNode approved = complaintView(number);
      String replacement = approved.get("replacementOrderNumber").asText();
      assertThat(replacement).startsWith("XS-").isNotEqualTo(orderNumber);
      JsonNode order = orderView(replacement);
      assertThat(order.at("/lines/0/productCode").asText()).isEqualTo(OrderWalks.PRODUCT);
      assertThat(order.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("60");
      assertThat(order.at("/lines/0/unitPrice").decimalValue()).isEqualByComparingTo("35");
      assertThat(order.get("specialRequirements").asText()).contains(number, orderNumber);
      // it carries the original's requirements, so its review passes: production plans it
      assertThat(order.get("specialRequirements").asText()).contains(OrderWalks.STANDING);
      String replacementInstance = order.get("processInstanceId").asText();
      engine.runDueJobs(replacementInstance);
      assertThat(
              orders.task(replacementInstance, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN))
          .as("the replacement order waits for its production plan")
          .isNotNull();
      assertThat(orderView(orderNumber).findValuesAsText("note").toString())
          .contains(number, replacement);

      // heping receives 12 pieces back, never more than the batch shipped; fenglei checks them
      Page warehouse = tasklist(browser, DemoUser.WAREHOUSE);
      Browser.openTask(warehouse, GROUP_TASKS, "签收退货", number);
      assertThat(Browser.field(warehouse, "已出货").inputValue()).contains("60");
      Browser.type(warehouse, "收货日期", today.format(Browser.TYPED_DATE));
      Browser.type(warehouse, "退货明细", "1 12");
      Browser.screenshot(warehouse, "complaint-receive-return");
      Browser.complete(warehouse);
      engine.runDueJobs(complaint.getId());

      Page quality = tasklist(browser, DemoUser.QUALITY);
      Browser.openTask(quality, GROUP_TASKS, "检验退货", number);
      assertThat(Browser.field(quality, "退货明细").inputValue())
          .isEqualTo("第1行 " + OrderWalks.PRODUCT + "：退货 12");
      Browser.type(quality, "检验结果", "12 件均有裂纹，与客户反映一致");
      Browser.screenshot(quality, "complaint-check-return");
      Browser.complete(quality);
      engine.runDueJobs(complaint.getId());

      // liuyang records the customer's confirmation; the form names the replacement order
      Browser.openTask(assistant, MY_TASKS, "登记客户确认结案", number);
      assertThat(Browser.field(assistant, "补做订单").inputValue()).isEqualTo(replacement);
      // on the complaint's page she adds the customer's photo (Tasklist's forms take no files)
      Page page =
          Browser.openDocument(assistant, "客诉处理单", "客诉处理单", number, CUSTOMER_NAME, replacement);
      page.locator("form.upload input[type=file]")
          .setInputFiles(new FilePayload("外壳开裂.jpg", "image/jpeg", PHOTO));
      page.waitForNavigation(() -> page.locator("form.upload button").click());
      assertThat(page.locator("a.download").allInnerTexts()).contains("外壳开裂.jpg");
      assertThat(Browser.englishPhrases(page)).isEmpty();
      Browser.screenshot(page, "complaint-page-upload");
      page.close();
      assertThat(complaintView(number).get("attachments").findValuesAsText("fileName"))
          .contains("外壳开裂.jpg");
      Browser.type(assistant, "客户确认日期", today.format(Browser.TYPED_DATE));
      Browser.select(assistant, "责任归属", "生产");
      Browser.type(assistant, "说明", "客户已收到补做订单的安排并确认结案");
      Browser.screenshot(assistant, "complaint-confirm-closure");
      Browser.complete(assistant);
      engine.runDueJobs(complaint.getId());
      assertThat(complaintView(number).get("status").asText()).isEqualTo("VERIFYING");

      // the verification period is over (its timer fired as the job executor would)
      engine.runTimer(complaint.getId(), ComplaintHandlingProcess.Elements.VERIFICATION_DUE);
      Browser.openTask(quality, GROUP_TASKS, "验证对策效果", number);
      assertThat(Browser.field(quality, "纠正与预防对策").inputValue()).contains("加厚气泡袋");
      assertThat(Browser.field(quality, "验证期内的同类客诉").inputValue()).isNotBlank();
      Browser.choose(quality, "对策有效");
      Browser.type(quality, "说明", "验证期内未再发生外壳开裂");
      Browser.screenshot(quality, "complaint-verify");
      Browser.complete(quality);
      engine.runDueJobs(complaint.getId());

      assertThat(ended(complaint)).as("the complaint ends once verified").isTrue();
      JsonNode closed = complaintView(number);
      assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
      assertThat(closed.get("attributionLabel").asText()).isEqualTo("生产");
      assertThat(closed.at("/returnedLines/0/quantity").decimalValue()).isEqualByComparingTo("12");
    }
  }

  @Test
  void aDiscountApprovedByTheThreeApproversBecomesAnAllowanceInTasklist() throws Exception {
    JsonNode shipment = orders.shippedBatch(customerId, "35", "60", "SF-KS-" + System.nanoTime());
    try (Browser browser = new Browser(port)) {
      // quality registers it this time, from the same start form
      Page quality = tasklist(browser, DemoUser.QUALITY);
      HistoricProcessInstance complaint =
          register(
              quality,
              DemoUser.QUALITY,
              shipment.get("orderNumber").asText(),
              shipment.get("shipmentNumber").asText(),
              "complaint-start-by-quality");
      String number = variable(complaint, ComplaintHandlingProcess.Variables.COMPLAINT_NUMBER);
      quality.close();
      investigate(browser, number, "investigate-again");

      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      propose(assistant, complaint, "折让", "12000.5", false, "本批货款折让，客户不退货", "discount");

      // a discount: finance always; above 10,000 the general manager too
      approve(
          browser,
          complaint,
          number,
          "折让",
          "discount",
          false,
          DemoUser.SALES_MANAGER,
          DemoUser.FINANCE,
          DemoUser.GENERAL_MANAGER);

      long complaintId = variable(complaint, ComplaintHandlingProcess.Variables.COMPLAINT_ID);
      assertThat(
              jdbc.queryForObject(
                  "select amount_cny from complaint_allowance where complaint_id = ? and"
                      + " customer_id = ? and deducted_on is null",
                  BigDecimal.class,
                  complaintId,
                  customerId))
          .isEqualByComparingTo("12000.50");

      // no goods come back: straight to the customer's confirmation
      Browser.openTask(assistant, MY_TASKS, "登记客户确认结案", number);
      assertThat(Browser.formField(assistant, "补做订单").count()).as("nothing was remade").isZero();
      Browser.type(assistant, "客户确认日期", today.format(Browser.TYPED_DATE));
      Browser.select(assistant, "责任归属", "物流");
      Browser.screenshot(assistant, "complaint-confirm-closure-discount");
      Browser.complete(assistant);
      engine.runDueJobs(complaint.getId());
      JsonNode closed = complaintView(number);
      assertThat(closed.get("status").asText()).isEqualTo("VERIFYING");
      assertThat(closed.get("dispositionLabel").asText()).isEqualTo("折让");
    }
  }

  @Test
  void anApprovedReworkIsReshippedByTheWarehouseInTasklist() throws Exception {
    String tracking = "SF-RW-" + System.nanoTime();
    JsonNode shipment = orders.shippedBatch(customerId, "35", "60", "SF-KS-" + System.nanoTime());
    String orderNumber = shipment.get("orderNumber").asText();
    try (Browser browser = new Browser(port)) {
      Page assistant = tasklist(browser, DemoUser.ASSISTANT_LIU);
      HistoricProcessInstance complaint =
          register(
              assistant,
              DemoUser.ASSISTANT_LIU,
              orderNumber,
              shipment.get("shipmentNumber").asText(),
              "complaint-start-rework");
      String number = variable(complaint, ComplaintHandlingProcess.Variables.COMPLAINT_NUMBER);
      investigate(browser, number, "investigate-rework");
      propose(assistant, complaint, "返工后重新发货", "3000", false, "在库返工 60 件后重新发货", "rework");
      approve(browser, complaint, number, "返工后重新发货", "rework", false, DemoUser.SALES_MANAGER);

      // heping re-ships the reworked goods; the form says what the batch shipped
      Page warehouse = tasklist(browser, DemoUser.WAREHOUSE);
      Browser.openTask(warehouse, GROUP_TASKS, "登记补发出库", number);
      assertThat(Browser.field(warehouse, "已出货").inputValue())
          .isEqualTo("第1行 " + OrderWalks.PRODUCT + "：已出货 60");
      assertThat(Browser.field(warehouse, "方案说明").inputValue()).contains("在库返工");
      Browser.type(warehouse, "补发数量", "1 70");
      Browser.select(warehouse, "运输方式", "快递");
      Browser.type(warehouse, "承运商", "顺丰速运");
      Browser.type(warehouse, "运单号", tracking);
      Browser.type(warehouse, "出货日期", today.format(Browser.TYPED_DATE));
      // more than the batch shipped: Tasklist says which row, in Chinese, and the task stays
      warehouse.locator(".task-card button[ng-click='complete()']").click();
      PlaywrightAssertions.assertThat(warehouse.locator("body")).containsText("补发数量 70 超过已出货数量 60");
      Browser.closeNotifications(warehouse);
      Browser.type(warehouse, "补发数量", "1 60");
      Browser.assertChinese(warehouse);
      Browser.screenshot(warehouse, "complaint-record-reshipment");
      Browser.complete(warehouse);
      engine.runDueJobs(complaint.getId());

      String reshipped = complaintView(number).get("reshipmentNumber").asText();
      assertThat(reshipped).isEqualTo(orderNumber + "-2");
      JsonNode out =
          json.readTree(web.get("/api/shipments/" + reshipped, DemoUser.ASSISTANT_LIU).body());
      assertThat(out.get("status").asText()).isEqualTo("SHIPPED");
      assertThat(out.get("trackingNumber").asText()).isEqualTo(tracking);
      assertThat(out.at("/lines/0/shippedQuantity").decimalValue()).isEqualByComparingTo("60");

      Browser.openTask(assistant, MY_TASKS, "登记客户确认结案", number);
      assertThat(Browser.field(assistant, "补发出库").inputValue()).isEqualTo(reshipped);
      assertThat(Browser.formField(assistant, "补做订单").count()).as("nothing was remade").isZero();
      Browser.screenshot(assistant, "complaint-confirm-closure-rework");
    }
  }

  /**
   * {@code userId} registers a quality complaint about the batch from 发起流程; answers the instance
   * once its mails went out.
   */
  private HistoricProcessInstance register(
      Page page, String userId, String orderNumber, String shipmentNumber, String screenshot) {
    Browser.openStartForm(page, "客诉处理");
    Browser.type(page, "客户编号", CUSTOMER);
    Browser.type(page, "订单号", orderNumber);
    Browser.type(page, "出货批次", shipmentNumber);
    Browser.select(page, "客诉类别", "品质不良");
    Browser.select(page, "严重程度", "严重");
    Browser.type(page, "客户反映的问题", "来料检验发现 12 件电容外壳开裂");
    Browser.assertChinese(page);
    Browser.screenshot(page, screenshot);
    Browser.startProcess(page);
    HistoricProcessInstance complaint = latestStartedBy(userId, ComplaintHandlingProcess.KEY);
    engine.runDueJobs(complaint.getId());
    return complaint;
  }

  /** fenglei investigates from her group's tasks. */
  private void investigate(Browser browser, String number, String screenshot) {
    Page quality = tasklist(browser, DemoUser.QUALITY);
    Browser.openTask(quality, GROUP_TASKS, "调查客诉原因", number);
    assertThat(Browser.field(quality, "客户").inputValue()).isEqualTo(CUSTOMER_NAME);
    assertThat(Browser.field(quality, "客诉内容").inputValue()).contains("品质不良", "外壳开裂");
    Browser.type(quality, "根本原因", "包装缓冲不足，运输中受压");
    Browser.type(quality, "纠正与预防对策", "改用加厚气泡袋，出货前抽检外观");
    Browser.screenshot(quality, "complaint-" + screenshot);
    Browser.complete(quality);
    quality.close();
  }

  /** liuyang proposes the disposition she agreed with the customer, from her own tasks. */
  private void propose(
      Page assistant,
      HistoricProcessInstance complaint,
      String kind,
      String amount,
      boolean goodsComeBack,
      String note,
      String walk) {
    String number = variable(complaint, ComplaintHandlingProcess.Variables.COMPLAINT_NUMBER);
    Browser.openTask(assistant, MY_TASKS, "拟定处理方案", number);
    assertThat(Browser.field(assistant, "根本原因").inputValue()).contains("包装缓冲不足");
    assertThat(Browser.formField(assistant, "上次审批意见").count())
        .as("no approver sent it back yet")
        .isZero();
    Browser.select(assistant, "处理方式", kind);
    Browser.type(assistant, "金额（人民币）", amount);
    if (goodsComeBack) {
      Browser.field(assistant, "客户退货").check();
    }
    Browser.type(assistant, "方案说明", note);
    Browser.screenshot(assistant, "complaint-propose-" + walk);
    Browser.complete(assistant);
    engine.runDueJobs(complaint.getId());
  }

  /** Each approver, in the decision's order, approves from her group's tasks. */
  private void approve(
      Browser browser,
      HistoricProcessInstance complaint,
      String number,
      String kind,
      String walk,
      boolean goodsComeBack,
      String... approvers) {
    assertThat(variable(complaint, ComplaintHandlingProcess.Variables.APPROVER_GROUPS))
        .as("the decision's approver groups")
        .hasSize(approvers.length);
    for (String approver : List.of(approvers)) {
      Page page = tasklist(browser, approver);
      Browser.openTask(page, GROUP_TASKS, "审批处理方案", number);
      assertThat(Browser.formField(page, "处理方式").innerText()).contains(kind);
      assertThat(Browser.field(page, "客户退货").isChecked()).isEqualTo(goodsComeBack);
      Browser.choose(page, "同意");
      Browser.screenshot(page, "complaint-approve-" + walk + "-" + approver);
      Browser.complete(page);
      page.close();
      engine.runDueJobs(complaint.getId());
    }
  }

  private JsonNode complaintView(String number) throws Exception {
    return json.readTree(web.get("/api/complaints/" + number, DemoUser.ASSISTANT_LIU).body());
  }

  private JsonNode orderView(String number) throws Exception {
    return json.readTree(web.get("/api/orders/" + number, DemoUser.ASSISTANT_LIU).body());
  }
}
