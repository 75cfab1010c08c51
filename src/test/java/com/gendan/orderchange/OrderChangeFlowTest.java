package com.gendan.orderchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.Tasklist;
import com.gendan.document.DocumentLinks;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.order.OrderFlowTest;
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
    DEPARTMENTS.forEach(
        (activity, user) -> {
          Task impact = task(instance, activity);
          assertThat(impact).as(activity).isNotNull();
          submit(
              impact,
              user,
              Map.of(
                  "impactMaterial",
                  "已备料",
                  "impactCost",
                  cost,
                  "deadStockText",
                  activity.equals(Elements.STATE_PRODUCTION_IMPACT) ? productionDeadStock : "",
                  "impactNote",
                  user + " 已评估"));
        });
    engine.runDueJobs(instance);
  }

  /** The signer's decision from the signing form in Tasklist. */
  private void sign(String instance, String user, String decision, String comment) {
    Task signing = task(instance, Elements.SIGN_REQUEST);
    assertThat(signing).as("a signature for " + user).isNotNull();
    submit(signing, user, Map.of("signDecision", decision, "signComment", comment));
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
