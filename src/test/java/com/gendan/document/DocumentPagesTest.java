package com.gendan.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.Tasklist;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess.Elements;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The printable document pages as a user reaches them (SPEC 十四): through HTTP, logged into Tasklist
 * in the same browser or with HTTP Basic, each page also a PDF with the same Chinese text, only
 * within the user's customer scope, and a Chinese page (never a stack trace) when there is no
 * document to show.
 */
class DocumentPagesTest extends OrderFlowTest {

  /** An order priced by an agreed quote, reviewed, planned, with one batch out (a 调拨单). */
  private record ShippedOrder(JsonNode order, String orderNumber, String shipmentNumber) {}

  @Test
  void anOrderItsPlanAndItsShipmentArePrintablePagesAndPdfs() throws IOException {
    ShippedOrder shipped = shippedOrder();
    String number = shipped.orderNumber();

    HttpResponse<String> page = web.get(DocumentLinks.order(number), DemoUser.ASSISTANT_LIU);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
    assertThat(page.body())
        .contains("<h1>销售订单</h1>", number, "跟单示范制造有限公司", "江苏省苏州市工业园区星湖街 88 号")
        .contains("传真", "调拨单", "已出货", "汽运", "SF-DOC-1", STANDING)
        .contains(
            DocumentLinks.productionPlan(number), DocumentLinks.shipment(shipped.shipmentNumber()))
        .contains("@media print", "window.print()", DocumentLinks.order(number) + ".pdf")
        .doesNotContain("[TRUCK]", ">TRUCK<", ">FAX<");
    assertThat(page.body()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    HttpResponse<byte[]> pdf =
        web.getBytes(DocumentLinks.order(number) + DocumentLinks.PDF, DemoUser.ASSISTANT_LIU);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            disposition ->
                assertThat(disposition)
                    .startsWith("inline;")
                    .contains("filename=\"" + number + ".pdf\"")
                    .contains("filename*=UTF-8''%E9%94%80%E5%94%AE%E8%AE%A2%E5%8D%95-" + number));
    assertThat(pdf.body()).startsWith("%PDF-".getBytes());
    assertThat(text(pdf.body()))
        .contains("销售订单", number, "跟单示范制造有限公司", "调拨单", "汽运", "SF-DOC-1")
        .doesNotContain("下载 PDF", "返回任务列表");

    String plan = web.get(DocumentLinks.productionPlan(number), DemoUser.ASSISTANT_LIU).body();
    assertThat(plan)
        .contains("<h1>生产计划单</h1>", number, "贴片陶瓷电容", STANDING)
        .contains(LocalDate.now().plusDays(10).toString(), LocalDate.now().plusDays(20).toString())
        .as("production's document shows no customer price")
        .doesNotContain("35.00", "3,500.00", "单价");
    assertThat(
            pdfText(DocumentLinks.productionPlan(number) + DocumentLinks.PDF, DemoUser.PRODUCTION))
        .contains("生产计划单", number, "客户特殊要求")
        .doesNotContain("35.00");

    assertThat(
            web.get(DocumentLinks.stockNotice(shipped.shipmentNumber()), DemoUser.WAREHOUSE).body())
        .contains("<h1>备货通知单</h1>", shipped.shipmentNumber(), number, "第 1 批", "调拨单", STANDING);
    String outbound =
        web.get(DocumentLinks.shipment(shipped.shipmentNumber()), DemoUser.WAREHOUSE).body();
    assertThat(outbound).contains("<h1>调拨单</h1>", "SF-DOC-1", "顺丰速运", "汽运", "收货人签收");
    assertThat(
            pdfText(
                DocumentLinks.stockNotice(shipped.shipmentNumber()) + DocumentLinks.PDF,
                DemoUser.ASSISTANT_LIU))
        .contains("备货通知单", shipped.shipmentNumber());
  }

  @Test
  void anotherTeamSeesNoPageNoApiReadAndNothingInTheList() {
    ShippedOrder shipped = shippedOrder();
    String number = shipped.orderNumber();
    for (String path :
        new String[] {
          DocumentLinks.order(number),
          DocumentLinks.order(number) + DocumentLinks.PDF,
          DocumentLinks.productionPlan(number),
          DocumentLinks.shipment(shipped.shipmentNumber()),
          DocumentLinks.stockNotice(shipped.shipmentNumber())
        }) {
      HttpResponse<String> refused = web.get(path, DemoUser.ASSISTANT_CHEN);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(refused.body())
          .as(path)
          .contains("未找到单据", "返回任务列表")
          .doesNotContain("Whitelabel", "Exception", "at com.gendan", "销售订单明细");
    }
    assertThat(web.get("/api/orders/" + number, DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(
            web.get("/api/orders/" + shipped.order().get("id").asLong(), DemoUser.REP_ZHAO)
                .statusCode())
        .as("by id the same as by number")
        .isEqualTo(404);
    assertThat(
            web.get("/api/shipments/" + shipped.shipmentNumber(), DemoUser.ASSISTANT_CHEN)
                .statusCode())
        .isEqualTo(404);
    assertThat(engine.get("/api/orders?customer=C001", DemoUser.ASSISTANT_CHEN).get("items"))
        .isEmpty();
    assertThat(engine.get("/api/orders", DemoUser.ASSISTANT_CHEN).get("items"))
        .extracting(o -> o.get("orderNumber").asText())
        .doesNotContain(number);

    assertThat(web.get(DocumentLinks.order(number), DemoUser.AUDITOR).statusCode())
        .as("auditors read everything")
        .isEqualTo(200);
    assertThat(web.get(DocumentLinks.order(number), DemoUser.PRODUCTION).statusCode())
        .as("production reads the plan addressed to it, not the priced order")
        .isEqualTo(404);
    assertThat(web.get(DocumentLinks.productionPlan(number), DemoUser.PRODUCTION).statusCode())
        .isEqualTo(200);
    assertThat(web.get(DocumentLinks.productionPlan(number), DemoUser.WAREHOUSE).statusCode())
        .isEqualTo(404);
    assertThat(
            web.get(DocumentLinks.shipment(shipped.shipmentNumber()), DemoUser.PRODUCTION)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMissingOrMalformedNumberIsAChinese404Page() {
    for (String path :
        new String[] {
          DocumentLinks.order("XS-1999-99999"),
          DocumentLinks.quote("no-such-quote"),
          DocumentLinks.sample("YP-2026-99999") + DocumentLinks.PDF,
          DocumentLinks.shipment("XS-1999-99999-1") + DocumentLinks.STOCK_NOTICE,
          DocumentLinks.changeRequest("BG-1999-99999"),
          DocumentLinks.changeRequest("no-such-request") + DocumentLinks.PDF,
          DocumentLinks.ROOT + "/nothing/here",
          DocumentLinks.ORDERS + "XS-2026-00001/unknown"
        }) {
      HttpResponse<String> missing = web.get(path, DemoUser.SALES_MANAGER);
      assertThat(missing.statusCode()).as(path).isEqualTo(404);
      assertThat(missing.body()).as(path).contains("未找到单据", "返回任务列表");
    }
  }

  @Test
  void aUserLoggedIntoTasklistOpensThePagesWithoutLoggingInAgain() {
    ShippedOrder shipped = shippedOrder();
    Tasklist liu = Tasklist.login(port, json, DemoUser.ASSISTANT_LIU);
    HttpResponse<String> page = liu.open(DocumentLinks.order(shipped.orderNumber()));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>销售订单</h1>", shipped.orderNumber());

    Tasklist chen = Tasklist.login(port, json, DemoUser.ASSISTANT_CHEN);
    assertThat(chen.open(DocumentLinks.order(shipped.orderNumber())).statusCode()).isEqualTo(404);

    HttpResponse<String> anonymous = web.get(DocumentLinks.order(shipped.orderNumber()));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .as("no Basic challenge: the browser would pop up a password dialog of its own")
        .isEmpty();
    assertThat(anonymous.body()).contains("请先登录", "/camunda/app/tasklist/");
  }

  @Test
  void aQuotePageShowsTheCurrentRevisionAndLinksTheSignedQuote() throws IOException {
    agreePrice("35");
    JsonNode quote =
        engine
            .get("/api/quotes?customer=C001&status=ACCEPTED&size=1", DemoUser.ASSISTANT_LIU)
            .at("/items/0");
    String number = quote.get("quoteNumber").asText();
    assertThat(quote.get("documentUrl").asText()).isEqualTo(DocumentLinks.quote(number));

    String page = web.get(DocumentLinks.quote(number), DemoUser.REP_WANG).body();
    assertThat(page)
        .contains("<h1>报价单</h1>", number, "第 1 版", "客户已接受", "业务主管", "孙丽", "同意")
        .contains("贴片陶瓷电容", "3,500.00", "校验码")
        .contains(DocumentLinks.quote(number) + DocumentLinks.SIGNED_QUOTE);
    HttpResponse<byte[]> signed =
        web.getBytes(DocumentLinks.quote(number) + DocumentLinks.SIGNED_QUOTE, DemoUser.REP_WANG);
    assertThat(signed.statusCode()).isEqualTo(200);
    assertThat(signed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(signed.body())
        .as("the signed quote as it was signed and sent")
        .isEqualTo(web.getBytes("/api/quotes/" + number + "/document", DemoUser.REP_WANG).body());
    assertThat(pdfText(DocumentLinks.quote(number) + DocumentLinks.PDF, DemoUser.SALES_MANAGER))
        .contains("报价单", number, "孙丽", "3,500.00");
    assertThat(web.get(DocumentLinks.quote(number), DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(
            web.get(DocumentLinks.quote(number) + DocumentLinks.SIGNED_QUOTE, DemoUser.REP_ZHAO)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aSamplePageShowsItsRoundsAndTheWarehouseThatShipsItReadsIt() throws IOException {
    JsonNode sample = sampleShippedAndDelivered();
    String number = sample.get("sampleNumber").asText();

    String page = web.get(DocumentLinks.sample(number), DemoUser.ASSISTANT_LIU).body();
    assertThat(page)
        .contains("<h1>样品申请单</h1>", number, "EC-R0603-103", "新机型试产验证", "免费样品")
        .contains("第 1 轮送样", "顺丰速运", "SF-SAMPLE-1", "跟进测试结果");
    assertThat(web.get(DocumentLinks.sample(number), DemoUser.WAREHOUSE).statusCode())
        .isEqualTo(200);
    assertThat(web.get(DocumentLinks.sample(number), DemoUser.ASSISTANT_CHEN).statusCode())
        .isEqualTo(404);
    assertThat(pdfText(DocumentLinks.sample(number) + DocumentLinks.PDF, DemoUser.ASSISTANT_LIU))
        .contains("样品申请单", number, "第 1 轮送样", "SF-SAMPLE-1");
  }

  @Test
  void everyTaskFormLinksToItsDocumentPageAndTheLinkWorksFromTasklist() {
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "phone", "35");
    String instanceId = reviewed(order);
    Task confirmation = task(instanceId, Elements.OBTAIN_CONFIRMATION);

    opensFromItsForm(
        DemoUser.ASSISTANT_LIU,
        confirmation,
        DocumentLinks.order(order.get("orderNumber").asText()),
        "销售订单");
  }

  @Test
  void theDepartmentsFormsLinkToTheDocumentsAddressedToThem() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "fax", "35");
    String instanceId = reviewed(order);
    String number = order.get("orderNumber").asText();
    opensFromItsForm(
        DemoUser.PRODUCTION,
        task(instanceId, Elements.CONFIRM_PRODUCTION_PLAN),
        DocumentLinks.productionPlan(number),
        "生产计划单");
    complete(
        instanceId,
        Elements.CONFIRM_PRODUCTION_PLAN,
        DemoUser.PRODUCTION,
        Map.of("plannedCompletionDate", LocalDate.now().plusDays(10).toString()));
    String shipmentNumber = goodsReady(order, "60").get("shipmentNumber").asText();
    engine.runDueJobs(instanceId);
    opensFromItsForm(
        DemoUser.ASSISTANT_LIU,
        task(instanceId, Elements.CHOOSE_TRANSPORT),
        DocumentLinks.stockNotice(shipmentNumber),
        "备货通知单");
    complete(
        instanceId,
        Elements.CHOOSE_TRANSPORT,
        DemoUser.ASSISTANT_LIU,
        Map.of("transportMode", "TRUCK"));
    opensFromItsForm(
        DemoUser.WAREHOUSE,
        task(instanceId, Elements.RECORD_OUTBOUND),
        DocumentLinks.shipment(shipmentNumber),
        "调拨单");
  }

  /** The user opens the page the task's form links to, from Tasklist: the document expected. */
  private void opensFromItsForm(String user, Task task, String expected, String title) {
    assertThat(task).as("a task for %s", user).isNotNull();
    Tasklist tasklist = Tasklist.login(port, json, user);
    String link = documentLink(tasklist, task.getId());
    assertThat(link).isEqualTo(expected);
    HttpResponse<String> page = tasklist.open(link);
    assertThat(page.statusCode()).as("%s opens %s: %s", user, link, page.body()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>" + title + "</h1>");
  }

  /**
   * The link of the form's text component as form-js shows it: its {@code {{variable}}} templates
   * filled from the task's variables, as Tasklist loads them.
   */
  static String documentLink(Tasklist tasklist, String taskId) {
    JsonNode variables = tasklist.formVariables(taskId);
    for (JsonNode component : tasklist.form(taskId).path("components")) {
      if (DocumentLinksInFormsTest.LINK_ID.equals(component.path("id").asText())) {
        return DocumentLinksInFormsTest.firstUrl(
            DocumentLinksInFormsTest.filled(component.get("text").asText(), variables));
      }
    }
    throw new AssertionError("the task's form has no " + DocumentLinksInFormsTest.LINK_ID);
  }

  private ShippedOrder shippedOrder() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "fax", "35");
    String instanceId = plan(order);
    JsonNode shipment = goodsReady(order, "60");
    engine.runDueJobs(instanceId);
    complete(
        instanceId,
        Elements.CHOOSE_TRANSPORT,
        DemoUser.ASSISTANT_LIU,
        Map.of("transportMode", "TRUCK"));
    complete(
        instanceId,
        Elements.RECORD_OUTBOUND,
        DemoUser.WAREHOUSE,
        Map.of(
            "shippedLinesText", "1 60",
            "carrier", "顺丰速运",
            "trackingNumber", "SF-DOC-1",
            "shippedOn", LocalDate.now().toString()));
    engine.runDueJobs(instanceId);
    return new ShippedOrder(
        order, order.get("orderNumber").asText(), shipment.get("shipmentNumber").asText());
  }

  private JsonNode sampleShippedAndDelivered() {
    HttpResponse<String> requested =
        web.postJson(
            "/api/samples",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "productCode": "EC-R0603-103", "quantity": 2, "unit": "盘",
         "purpose": "新机型试产验证", "charged": false, "sampleValue": 500,
         "targetDate": "%s"}"""
                .formatted(customerId, LocalDate.now().plusDays(7)));
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    JsonNode sample = engine.read(requested.body());
    String instanceId = sample.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    assertThat(
            engine
                .complete(
                    task(instanceId).getId(),
                    DemoUser.WAREHOUSE,
                    Map.of(
                        "carrier", "SF",
                        "trackingNumber", "SF-SAMPLE-1",
                        "shippedDate", LocalDate.now().toString()))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    assertThat(
            engine
                .complete(
                    task(instanceId).getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("deliveredDate", LocalDate.now().toString()))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    return sample;
  }

  /** The text of the PDF at {@code path}, read as {@code user}. */
  private String pdfText(String path, String user) throws IOException {
    HttpResponse<byte[]> pdf = web.getBytes(path, user);
    assertThat(pdf.statusCode()).as(path).isEqualTo(200);
    return text(pdf.body());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
