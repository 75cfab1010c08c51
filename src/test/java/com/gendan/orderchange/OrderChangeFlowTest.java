package com.gendan.orderchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.Tasklist;
import com.gendan.document.DocumentLinks;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess;
import com.gendan.orderchange.OrderChangeProcess.Elements;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Change and cancellation requests walked the way the demo users walk them: the assistant liuyang
 * opens one through the API (or Tasklist's start form), production, warehouse, purchasing and
 * finance state the impact from their Tasklist forms, the sales manager (and the general manager
 * when the decision table asks) signs, and the running order changes or ends; every department gets
 * exactly one mail. A rejected request leaves the order alone and tells the assistant; a request
 * the order cannot take is refused with the field it is about, and nothing is saved.
 */
class OrderChangeFlowTest extends OrderFlowTest {

  /** Who states the impact for each department, by the department's impact task. */
  static final Map<String, String> DEPARTMENTS =
      Map.of(
          Elements.STATE_PRODUCTION_IMPACT, DemoUser.PRODUCTION,
          Elements.STATE_WAREHOUSE_IMPACT, DemoUser.WAREHOUSE,
          Elements.STATE_PURCHASING_IMPACT, DemoUser.PURCHASING,
          Elements.STATE_FINANCE_IMPACT, DemoUser.FINANCE);

  /** Used by no other walk, so the orders waiting for it are this walk's own. */
  static final String URGENT_PRODUCT = "EC-SW-6650";

  @Autowired RuntimeService runtimeService;

  @Test
  void aChangeTheSalesManagerSignsChangesTheOrdersLinesAndTellsEveryDepartmentOnce() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    String orderInstance = plan(order);
    LocalDate later = LocalDate.now().plusDays(30);

    JsonNode request =
        open(
            order,
            """
            {"kind": "CHANGE", "reason": "客户追加数量并延后交期",
             "lines": [{"lineNo": 1, "quantity": 150, "requestedDate": "%s"}]}"""
                .formatted(later));
    assertThat(request.get("status").asText()).isEqualTo("ASSESSING");
    assertThat(request.get("documentUrl").asText())
        .isEqualTo("/documents/change-requests/" + request.get("requestNumber").asText());
    String instance = processOf(request);

    stateImpacts(instance, "1200", "");
    JsonNode assessed = requestView(request);
    assertThat(assessed.get("status").asText()).isEqualTo("SIGNING");
    assertThat(assessed.get("totalImpactCost").decimalValue()).isEqualByComparingTo("4800");
    assertThat(assessed.get("impacts")).hasSize(4);

    sign(instance, DemoUser.SALES_MANAGER, "approve", "");
    assertThat(task(instance, Elements.SIGN_REQUEST))
        .as("below 50,000 CNY the sales manager signs alone")
        .isNull();
    engine.runDueJobs(instance);
    engine.runDueJobs(orderInstance);

    JsonNode changed = orderView(order);
    assertThat(changed.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("150");
    assertThat(changed.at("/lines/0/requestedDate").asText()).isEqualTo(later.toString());
    JsonNode done = requestView(request);
    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("signatures"))
        .extracting(s -> s.get("approverGroup").asText() + " " + s.get("decision").asText())
        .containsExactly("sales-manager APPROVED");
    assertEveryDepartmentMailedOnce(request.get("requestNumber").asText());
  }

  @Test
  void aCancellationOfAPrimaryCustomersOrderWaitingInProductionEndsTheOrderAfterBothManagersSign()
      throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    String orderInstance = plan(order);
    assertThat(orderView(order).get("status").asText())
        .as("waits in production")
        .isEqualTo("PLANNED");

    JsonNode request = open(order, "{\"kind\": \"CANCEL\", \"reason\": \"客户项目取消\"}");
    String instance = processOf(request);
    stateImpacts(instance, "3000", "端电极银浆（公斤） 2 1800");

    sign(instance, DemoUser.SALES_MANAGER, "approve", "同意取消");
    assertThat(
            engine
                .complete(
                    task(instance, Elements.SIGN_REQUEST).getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of("signDecision", "approve"))
                .statusCode())
        .as("the general manager's signature is his alone")
        .isEqualTo(403);
    sign(instance, DemoUser.GENERAL_MANAGER, "approve", "");
    engine.runDueJobs(instance);
    engine.runDueJobs(orderInstance);

    assertThat(orderView(order).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(orderInstance).count())
        .as("the cancelled order's process ended")
        .isZero();
    String number = request.get("requestNumber").asText();
    assertEveryDepartmentMailedOnce(number);

    // the sales rep wangqiang consumes the dead stock the cancellation left
    Task deadStock = onlyTask(instance, Elements.CONSUME_DEAD_STOCK);
    assertThat(deadStock.getAssignee()).isEqualTo(DemoUser.REP_WANG);
    submit(deadStock, DemoUser.REP_WANG, Map.of("dispositionText", "1 转售 转给C002同规格订单使用"));
    JsonNode done = requestView(request);
    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("signatures"))
        .extracting(s -> s.get("approverGroup").asText())
        .containsExactly("sales-manager", "general-manager");
    assertThat(done.at("/deadStock/0/status").asText()).isEqualTo("RESOLVED");
    assertThat(done.at("/deadStock/0/disposition").asText()).isEqualTo("SELL");
    printedWithEveryImpactDeadStockAndSignature(number);
    assertThat(departmentMailPdf(number)).as("the request's PDF on production's mail").isNotNull();

    HttpResponse<String> closed =
        request(order, DemoUser.ASSISTANT_LIU, "{\"kind\": \"CANCEL\", \"reason\": \"再取消\"}");
    assertThat(closed.statusCode()).isEqualTo(400);
    assertThat(closed.body()).contains("orderId", "已取消");
  }

  @Test
  void aChangeTheOrderCanNoLongerTakeWhenSignedEndsVoidAndTellsTheManagerWithoutAnIncident()
      throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    plan(order);
    JsonNode request =
        open(
            order,
            """
            {"kind": "CHANGE", "reason": "客户减量", "lines": [{"lineNo": 1, "quantity": 50}]}""");
    String instance = processOf(request);
    stateImpacts(instance, "800", "");
    goodsReady(order, "60"); // a batch finished while the request waits for its signature

    sign(instance, DemoUser.SALES_MANAGER, "approve", "");
    engine.runDueJobs(instance);

    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();
    JsonNode voided = requestView(request);
    assertThat(voided.get("status").asText()).isEqualTo("VOID");
    assertThat(voided.get("decisionNote").asText()).contains("第1行", "已完工待出货 60");
    assertThat(web.get(DocumentLinks.changeRequest(number(request)), DemoUser.ASSISTANT_LIU).body())
        .contains("已作废（订单已变化）", "作废原因：第1行");
    assertThat(orderView(order).at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("100");
    String number = request.get("requestNumber").asText();
    List<MimeMessage> toManager =
        ReceivedMails.awaitAbout(greenMail, "sunli@gendan.local", "已作废：" + number);
    assertThat(toManager)
        .as("one mail, to the sales manager and the assistant (GreenMail keeps a copy each)")
        .extracting(MimeMessage::getMessageID)
        .containsOnly(toManager.get(0).getMessageID());
    assertThat(awaitMailText("liuyang@gendan.local", number)).contains("已完工待出货 60", "重新提出申请");
    for (String department : departmentMails()) {
      assertThat(ReceivedMails.about(greenMail, department, "已核准：" + number)).isEmpty();
    }
    // the order is free for a request it can take
    open(
        order,
        "{\"kind\": \"CHANGE\", \"reason\": \"客户减量\", \"lines\": [{\"lineNo\": 1, \"quantity\": 60}]}");
  }

  @Test
  void
      anUrgentDemandTopManagementGrantsMakesAnotherCustomersOrderGiveWayItsAssistantTellsTheCustomer()
          throws Exception {
    long hongtu = customers.findByCode("C003").orElseThrow().id();
    agreePrice(customerId, URGENT_PRODUCT, "5000", "0.08");
    agreePrice(DemoUser.ASSISTANT_CHEN, hongtu, URGENT_PRODUCT, "5000", "0.08");
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            "email",
            customerId,
            URGENT_PRODUCT,
            "5000",
            "0.08",
            LocalDate.now().plusDays(20),
            STANDING);
    String orderInstance = plan(order);
    JsonNode other =
        register(
            DemoUser.ASSISTANT_CHEN,
            "email",
            hongtu,
            URGENT_PRODUCT,
            "5000",
            "0.08",
            LocalDate.now().plusDays(25),
            "");
    String otherInstance = plan(other);
    String otherNumber = other.get("orderNumber").asText();
    LocalDate rush = LocalDate.now().plusDays(5);
    LocalDate givenWay = LocalDate.now().plusDays(40);

    JsonNode request =
        open(
            order,
            """
            {"kind": "CHANGE", "reason": "客户产线提前投产",
             "lines": [{"lineNo": 1, "requestedDate": "%s"}]}"""
                .formatted(rush));
    String instance = processOf(request);
    // production can make it in 12 days at the earliest, not in 5
    stateImpacts(instance, "500", "", LocalDate.now().plusDays(12));

    Task decision = task(instance, Elements.DECIDE_URGENT_DEMAND);
    assertThat(decision).as("top management decides the urgent demand first").isNotNull();
    assertThat(task(instance, Elements.SIGN_REQUEST)).isNull();
    assertThat(shown(decision, DemoUser.GENERAL_MANAGER, "urgentDemandSummary"))
        .contains("生产最早可交期 " + LocalDate.now().plusDays(12), "要求交期 " + rush)
        .contains(otherNumber, "东莞市宏图塑胶制品有限公司");
    HttpResponse<String> ownOrder =
        Tasklist.login(port, json, DemoUser.GENERAL_MANAGER)
            .submit(
                decision.getId(),
                Map.of(
                    "urgentDecision", "grant",
                    "yieldingOrdersText",
                        order.get("orderNumber").asText() + " " + givenWay + "\n" + otherNumber,
                    "urgentDecisionNote", ""));
    assertThat(ownOrder.statusCode()).isEqualTo(400);
    assertThat(ownOrder.body())
        .contains("让步订单第1行", "不能是申请变更的订单本身")
        .contains("让步订单第2行", "格式应为")
        .contains("决定说明", "请写明决定及理由");
    assertThat(requestView(request).get("urgentDecision").isNull()).as("nothing recorded").isTrue();

    submit(
        decision,
        DemoUser.GENERAL_MANAGER,
        Map.of(
            "urgentDecision", "grant",
            "yieldingOrdersText", otherNumber.toLowerCase() + " " + givenWay,
            "urgentDecisionNote", "主要客户产线投产优先，宏图订单顺延"));
    sign(instance, DemoUser.SALES_MANAGER, "approve", "");
    engine.runDueJobs(instance);
    engine.runDueJobs(orderInstance);
    assertThat(orderView(order).at("/lines/0/requestedDate").asText()).isEqualTo(rush.toString());

    // the yielding order's own assistant, chenjing, tells her customer and records the answer
    Task inform = task(otherInstance, SalesOrderProcess.Elements.INFORM_CUSTOMER);
    assertThat(inform).as("the yielding order's assistant is asked").isNotNull();
    assertThat(inform.getAssignee()).isEqualTo(DemoUser.ASSISTANT_CHEN);
    assertThat(task(otherInstance, SalesOrderProcess.Elements.DECIDE_EXCEPTION))
        .as("top management is not asked twice")
        .isNull();
    assertThat(shown(inform, DemoUser.ASSISTANT_CHEN, "exceptionDecision"))
        .isEqualTo("主要客户产线投产优先，宏图订单顺延");
    assertThat(shown(inform, DemoUser.ASSISTANT_CHEN, "exceptionSummary"))
        .contains("紧急需求让步", number(request), givenWay.toString());
    JsonNode waiting = requestView(request);
    assertThat(waiting.get("urgentDecision").asText()).isEqualTo("GRANTED");
    assertThat(waiting.at("/yields/0/orderNumber").asText()).isEqualTo(otherNumber);
    assertThat(waiting.at("/yields/0/told").asBoolean()).isTrue();
    assertThat(waiting.at("/yields/0/customerAnswer").isNull()).isTrue();
    submit(inform, DemoUser.ASSISTANT_CHEN, Map.of("customerInformedHow", "电话告知刘海涛，客户同意顺延"));

    JsonNode told = requestView(request);
    assertThat(told.at("/yields/0/customerAnswer").asText()).isEqualTo("电话告知刘海涛，客户同意顺延");
    assertThat(told.at("/yields/0/newDate").asText()).isEqualTo(givenWay.toString());
    assertThat(told.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(web.get(DocumentLinks.changeRequest(number(request)), DemoUser.ASSISTANT_LIU).body())
        .contains("紧急需求（高层决定）", "同意紧急需求", otherNumber, "电话告知刘海涛，客户同意顺延");

    // production cannot raise such an exception itself
    HttpResponse<String> yield =
        web.postJson(
            "/api/orders/" + other.get("id").asLong() + "/exceptions",
            DemoUser.PRODUCTION,
            "{\"kind\": \"YIELD\", \"description\": \"让步\"}");
    assertThat(yield.statusCode()).isEqualTo(400);
    assertThat(yield.body()).contains("kind", "紧急需求让步只由高层核准的订单变更产生");
  }

  @Test
  void anUrgentDemandTopManagementRefusesIsRejectedAndTheAssistantToldWhy() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    plan(order);
    JsonNode before = orderView(order);
    JsonNode request =
        open(
            order,
            """
            {"kind": "CHANGE", "reason": "客户要求提前",
             "lines": [{"lineNo": 1, "requestedDate": "%s"}]}"""
                .formatted(LocalDate.now().plusDays(3)));
    String instance = processOf(request);
    stateImpacts(instance, "0", "", LocalDate.now().plusDays(12));
    submit(
        task(instance, Elements.DECIDE_URGENT_DEMAND),
        DemoUser.GENERAL_MANAGER,
        Map.of("urgentDecision", "refuse", "urgentDecisionNote", "产能已满，请按生产交期与客户协商"));
    engine.runDueJobs(instance);

    JsonNode rejected = requestView(request);
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
    assertThat(rejected.get("decisionNote").asText()).isEqualTo("高层不同意紧急需求：产能已满，请按生产交期与客户协商");
    assertThat(rejected.get("signatures")).isEmpty();
    assertThat(orderView(order).get("lines")).isEqualTo(before.get("lines"));
    assertThat(awaitMailText("liuyang@gendan.local", number(request))).contains("产能已满");
  }

  @Test
  void aRejectedRequestFromTasklistsStartFormLeavesTheOrderAloneAndTellsTheAssistantWhy() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    String orderInstance = plan(order);
    JsonNode before = orderView(order);

    Tasklist liu = Tasklist.login(port, json, DemoUser.ASSISTANT_LIU);
    HttpResponse<String> started =
        liu.start(
            OrderChangeProcess.KEY,
            Map.of(
                "customerCode", "C001",
                "orderNumber", order.get("orderNumber").asText(),
                "changeKind", "change",
                "changedLinesText", "1 80 - -",
                "changeReason", "客户减少数量"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = engine.read(started.body()).get("id").asText();
    String number =
        jdbc.queryForObject(
            "select request_number from order_change_request where process_instance_id = ?",
            String.class,
            instance);

    stateImpacts(instance, "500", "");
    String reason = "产线已备料，减少数量损失过大";
    Task signing = task(instance, Elements.SIGN_REQUEST);
    HttpResponse<String> noReason =
        Tasklist.login(port, json, DemoUser.SALES_MANAGER)
            .submit(signing.getId(), Map.of("signDecision", "reject"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("意见", "驳回请写明原因");
    sign(instance, DemoUser.SALES_MANAGER, "reject", reason);
    engine.runDueJobs(instance);
    engine.runDueJobs(orderInstance);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();
    JsonNode after = orderView(order);
    assertThat(after.get("lines")).isEqualTo(before.get("lines"));
    assertThat(after.get("status")).isEqualTo(before.get("status"));
    JsonNode rejected = engine.get("/api/change-requests/" + number, DemoUser.ASSISTANT_LIU);
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
    assertThat(rejected.get("decisionNote").asText()).isEqualTo(reason);
    List<MimeMessage> toAssistant =
        ReceivedMails.awaitAbout(greenMail, "liuyang@gendan.local", "已驳回：" + number);
    assertThat(toAssistant).hasSize(1);
    assertThat(awaitMailText("liuyang@gendan.local", reason)).contains("订单维持不变");
    for (String department : departmentMails()) {
      assertThat(ReceivedMails.about(greenMail, department, "已核准：" + number)).isEmpty();
    }
  }

  @Test
  void aRequestTheOrderCannotTakeIsRefusedNamingTheFieldAndNothingChanges() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    plan(order);
    goodsReady(order, "40");
    long requests = count("order_change_request");
    long lines = count("order_change_request_line");
    long instances = runtimeService.createProcessInstanceQuery().count();

    HttpResponse<String> belowFinished =
        request(
            order,
            DemoUser.ASSISTANT_LIU,
            """
            {"kind": "CHANGE", "reason": "客户减量",
             "lines": [{"lineNo": 1, "quantity": 30}]}""");
    assertThat(belowFinished.statusCode()).isEqualTo(400);
    assertThat(belowFinished.body()).contains("lines[0].quantity", "已完工待出货 40");

    JsonNode first =
        open(
            order,
            "{\"kind\": \"CHANGE\", \"reason\": \"客户追加\", \"lines\": [{\"lineNo\": 1, \"quantity\": 120}]}");
    HttpResponse<String> second =
        request(order, DemoUser.ASSISTANT_LIU, "{\"kind\": \"CANCEL\", \"reason\": \"客户取消\"}");
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body()).contains("orderId", first.get("requestNumber").asText());

    HttpResponse<String> byRep =
        request(order, DemoUser.PRODUCTION, "{\"kind\": \"CANCEL\", \"reason\": \"生产想取消\"}");
    assertThat(byRep.statusCode()).isEqualTo(403);

    assertThat(count("order_change_request")).isEqualTo(requests + 1);
    assertThat(count("order_change_request_line")).isEqualTo(lines + 1);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances + 1);
  }

  /**
   * The 销售订单变更(取消)申请单 as page and PDF: every department's impact, the dead stock and its
   * resolution, both signatures; another team's assistant finds no such page.
   */
  private void printedWithEveryImpactDeadStockAndSignature(String number) throws IOException {
    String path = DocumentLinks.changeRequest(number);
    HttpResponse<String> page = web.get(path, DemoUser.ASSISTANT_LIU);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>销售订单变更(取消)申请单</h1>", number, "订单取消", "客户项目取消")
        .contains("生产", "仓储", "采购", "财务", "12,000.00")
        .contains("端电极银浆（公斤）", "已处理", "转售", "转给C002同规格订单使用")
        .contains("业务主管", "总经理", "同意取消", path + DocumentLinks.PDF);
    assertThat(web.get(path, DemoUser.WAREHOUSE).statusCode()).isEqualTo(200);
    assertThat(web.get(path, DemoUser.ASSISTANT_CHEN).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> pdf = web.getBytes(path + DocumentLinks.PDF, DemoUser.ASSISTANT_LIU);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body()))
        .contains("销售订单变更(取消)申请单", number, "端电极银浆（公斤）", "同意取消")
        .doesNotContain("下载 PDF");
  }

  /** The PDF attached to production's mail about the approved request, or null. */
  private static ReceivedMails.Leaf departmentMailPdf(String number) throws Exception {
    for (MimeMessage mail :
        ReceivedMails.about(greenMail, DemoUser.PRODUCTION + "@gendan.local", number)) {
      for (ReceivedMails.Leaf leaf : ReceivedMails.leaves(mail)) {
        if (leaf.is("application/pdf")) {
          assertThat(text(leaf.content())).contains("销售订单变更(取消)申请单", number);
          return leaf;
        }
      }
    }
    return null;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Opens a request on the order through the API as liuyang, expecting 201. */
  private JsonNode open(JsonNode order, String body) {
    HttpResponse<String> response = request(order, DemoUser.ASSISTANT_LIU, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  /** {@code POST /api/orders/{id}/change-requests} as {@code user}. */
  private HttpResponse<String> request(JsonNode order, String user, String body) {
    return web.postJson("/api/orders/" + order.get("id").asLong() + "/change-requests", user, body);
  }

  private static String number(JsonNode request) {
    return request.get("requestNumber").asText();
  }

  private JsonNode requestView(JsonNode request) {
    return engine.get("/api/change-requests/" + request.get("id").asLong(), DemoUser.ASSISTANT_LIU);
  }

  private String processOf(JsonNode request) {
    String instance =
        jdbc.queryForObject(
            "select process_instance_id from order_change_request where id = ?",
            String.class,
            request.get("id").asLong());
    engine.runDueJobs(instance);
    return instance;
  }

  /**
   * Each department states the impact from its Tasklist form: this cost each, and production's dead
   * stock (none when blank).
   */
  private void stateImpacts(String instance, String cost, String productionDeadStock) {
    stateImpacts(instance, cost, productionDeadStock, null);
  }

  /** Ditto, production naming the earliest date it can make the changed lines (when not null). */
  private void stateImpacts(
      String instance, String cost, String productionDeadStock, LocalDate earliestPossible) {
    DEPARTMENTS.forEach(
        (activity, user) -> {
          Task impact = task(instance, activity);
          assertThat(impact).as(activity).isNotNull();
          boolean production = activity.equals(Elements.STATE_PRODUCTION_IMPACT);
          Map<String, String> input = new java.util.HashMap<>();
          input.put("impactMaterial", "已备料");
          input.put("impactCost", cost);
          input.put("deadStockText", production ? productionDeadStock : "");
          input.put("impactNote", user + " 已评估");
          if (production && earliestPossible != null) {
            input.put("earliestPossibleDate", earliestPossible.toString());
          }
          submit(impact, user, input);
        });
    engine.runDueJobs(instance);
  }

  /** The signer's decision from the signing form in Tasklist. */
  private void sign(String instance, String user, String decision, String comment) {
    Task signing = task(instance, Elements.SIGN_REQUEST);
    assertThat(signing).as("a signature for " + user).isNotNull();
    submit(signing, user, Map.of("signDecision", decision, "signComment", comment));
  }

  /** The value Tasklist shows {@code user} in the task form's field {@code key}. */
  private String shown(Task task, String user, String key) {
    return engine
        .get("/engine-rest/task/" + task.getId() + "/form-variables", user)
        .at("/" + key + "/value")
        .asText();
  }

  private void submit(Task task, String user, Map<String, ?> input) {
    HttpResponse<String> submitted = Tasklist.login(port, json, user).submit(task.getId(), input);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
  }

  private void assertEveryDepartmentMailedOnce(String requestNumber) {
    String subject = "已核准：" + requestNumber;
    List<String> departments = departmentMails();
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                departments.stream()
                    .allMatch(d -> !ReceivedMails.about(greenMail, d, subject).isEmpty()));
    for (String department : departments) {
      assertThat(ReceivedMails.about(greenMail, department, requestNumber))
          .as("the mails to %s about %s", department, requestNumber)
          .hasSize(1);
    }
  }

  private static List<String> departmentMails() {
    return DEPARTMENTS.values().stream().map(user -> user + "@gendan.local").toList();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
