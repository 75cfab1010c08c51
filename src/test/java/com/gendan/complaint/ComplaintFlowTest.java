package com.gendan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.complaint.ComplaintHandlingProcess.Elements;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.order.OrderFlowTest;
import jakarta.mail.Message;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaints walked the way the demo users walk them, through Gendan's API and the engine REST API
 * that Tasklist uses, with GreenMail as the mail server and the timers executed: an order of C001
 * ships 60 pieces, the customer complains about that shipment.
 */
class ComplaintFlowTest extends OrderFlowTest {

  static final String CUSTOMER_CONTACT = "zhangwei@hengda-example.cn";
  static final String TODAY = LocalDate.now().toString();

  /** A JPEG's first bytes and some more. */
  static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};

  @Autowired HistoryService historyService;

  @Test
  void aRemakeWithReturnedGoodsIsApprovedReorderedReturnedClosedAndVerified() throws Exception {
    JsonNode shipment = shippedBatch();
    long orderId = shipment.get("orderId").asLong();

    assertThat(complain(DemoUser.ASSISTANT_CHEN, shipment).statusCode())
        .as("another team's assistant may not complain for C001")
        .isEqualTo(403);
    HttpResponse<String> registered = complain(DemoUser.ASSISTANT_LIU, shipment);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    JsonNode complaint = engine.read(registered.body());
    String number = complaint.get("complaintNumber").asText();
    String instanceId = complaint.get("processInstanceId").asText();
    assertThat(number).matches("KS-\\d{4}-\\d{5}");
    assertThat(complaint.get("orderId").asLong()).isEqualTo(orderId);
    assertThat(complaint.get("statusLabel").asText()).isEqualTo("品保调查中");
    assertThat(web.get("/api/complaints/" + number, DemoUser.ASSISTANT_CHEN).statusCode())
        .as("another team's assistant does not learn it exists")
        .isEqualTo(404);

    // photos: within the customer scope only, type and size checked
    String attachments = "/api/complaints/" + number + "/attachments?fileName=";
    HttpResponse<String> photo =
        web.postBytes(attachments + "crack.jpg", DemoUser.ASSISTANT_LIU, "image/jpeg", PHOTO);
    assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
    long photoId = engine.read(photo.body()).get("id").asLong();
    HttpResponse<String> script =
        web.postBytes(
            attachments + "x.html",
            DemoUser.ASSISTANT_LIU,
            "text/html",
            "<script>".getBytes(StandardCharsets.UTF_8));
    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(script.body()).contains("只接受 JPG、PNG 照片或 PDF 文件");
    HttpResponse<String> disguised =
        web.postBytes(
            attachments + "x.pdf",
            DemoUser.ASSISTANT_LIU,
            "application/pdf",
            "<script>".getBytes(StandardCharsets.UTF_8));
    assertThat(disguised.body()).contains("文件内容不是 application/pdf");
    HttpResponse<String> tooLarge =
        web.postBytes(
            attachments + "big.jpg", DemoUser.ASSISTANT_LIU, "image/jpeg", large(6 * 1024 * 1024));
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("文件过大", "不能超过 5.0 MB");
    assertThat(
            web.postBytes(attachments + "y.jpg", DemoUser.ASSISTANT_CHEN, "image/jpeg", PHOTO)
                .statusCode())
        .isEqualTo(404);
    String download = "/api/complaints/" + number + "/attachments/" + photoId;
    assertThat(web.getBytes(download, DemoUser.ASSISTANT_CHEN).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> downloaded = web.getBytes(download, DemoUser.QUALITY);
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(PHOTO);
    assertThat(engine.get("/api/complaints/" + number, DemoUser.ASSISTANT_LIU).at("/attachments"))
        .hasSize(1);

    // quality, production (its category) and the customer hear of it at once
    engine.runDueJobs(instanceId);
    assertThat(ReceivedMails.awaitAbout(greenMail, "fenglei@gendan.local", number))
        .as("one mail to quality and production together")
        .allSatisfy(
            mail ->
                assertThat(Arrays.toString(mail.getRecipients(Message.RecipientType.TO)))
                    .contains("fenglei@gendan.local", "zhengwei@gendan.local"));
    assertThat(awaitMailText(CUSTOMER_CONTACT, number)).contains("客诉编号为 " + number);

    Task investigation = onlyTask(instanceId, Elements.INVESTIGATE);
    assertThat(complete(investigation, DemoUser.ASSISTANT_LIU, investigated()))
        .as("quality investigates")
        .isEqualTo(403);
    assertThat(engine.complete(investigation.getId(), DemoUser.QUALITY, Map.of()).body())
        .contains("根本原因：请写明根本原因", "纠正与预防对策：请写明纠正与预防对策");
    assertThat(complete(investigation, DemoUser.QUALITY, investigated())).isEqualTo(204);

    Task proposal = onlyTask(instanceId, Elements.PROPOSE_DISPOSITION);
    assertThat(proposal.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    assertThat(
            complete(
                proposal,
                DemoUser.ASSISTANT_LIU,
                Map.of(
                    "dispositionKind",
                    "remake",
                    "dispositionAmount",
                    2100,
                    "returnExpected",
                    true,
                    "dispositionNote",
                    "重做 60 件，客户退回不良品")))
        .isEqualTo(204);
    Task approval = onlyTask(instanceId, Elements.APPROVE_DISPOSITION);
    assertThat(complete(approval, DemoUser.FINANCE, Map.of("dispositionDecision", "approve")))
        .as("a remake of 2,100 CNY is the sales manager's alone")
        .isEqualTo(403);
    assertThat(complete(approval, DemoUser.SALES_MANAGER, Map.of("dispositionDecision", "approve")))
        .isEqualTo(204);

    // the replacement order, at the original price, linked both ways
    JsonNode approved = engine.get("/api/complaints/" + number, DemoUser.ASSISTANT_LIU);
    String replacement = approved.get("replacementOrderNumber").asText();
    JsonNode order = engine.get("/api/orders/" + replacement, DemoUser.ASSISTANT_LIU);
    assertThat(order.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("60");
    assertThat(order.at("/lines/0/unitPrice").decimalValue()).isEqualByComparingTo("35");
    assertThat(order.get("specialRequirements").asText()).contains(number, STANDING);
    assertThat(order.get("processInstanceId").asText()).isNotBlank();
    assertThat(
            engine
                .get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU)
                .findValuesAsText("note")
                .toString())
        .contains(number, replacement);

    Task receipt = onlyTask(instanceId, Elements.RECEIVE_RETURN);
    assertThat(
            engine
                .complete(
                    receipt.getId(),
                    DemoUser.WAREHOUSE,
                    Map.of("receivedOn", TODAY, "returnedLines", "1 70"))
                .body())
        .as("never more than shipped")
        .contains("退货明细第1行：退货数量 70 超过已出货数量 60");
    assertThat(
            complete(
                receipt, DemoUser.WAREHOUSE, Map.of("receivedOn", TODAY, "returnedLines", "1 12")))
        .isEqualTo(204);
    Task check = onlyTask(instanceId, Elements.CHECK_RETURN);
    assertThat(
            engine
                .get("/engine-rest/task/" + check.getId() + "/form-variables", DemoUser.QUALITY)
                .at("/returnedGoods/value")
                .asText())
        .as("quality reads what came back by product")
        .isEqualTo("第1行 " + PRODUCT + "：退货 12");
    assertThat(complete(check, DemoUser.QUALITY, Map.of("returnCheckNote", "12 件均有裂纹")))
        .isEqualTo(204);

    Task closure = onlyTask(instanceId, Elements.CONFIRM_CLOSURE);
    assertThat(
            complete(
                closure,
                DemoUser.ASSISTANT_LIU,
                Map.of("closureConfirmedOn", TODAY, "attribution", "production")))
        .isEqualTo(204);
    engine.runTimer(instanceId, Elements.VERIFICATION_DUE);
    Task verification = onlyTask(instanceId, Elements.VERIFY);
    assertThat(
            engine
                .get(
                    "/engine-rest/task/" + verification.getId() + "/form-variables",
                    DemoUser.QUALITY)
                .at("/repeatComplaints/value")
                .asText())
        .isEqualTo(ComplaintVerificationOpened.NONE);
    assertThat(complete(verification, DemoUser.QUALITY, Map.of("verification", "effective")))
        .isEqualTo(204);

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getState())
        .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    JsonNode closed =
        engine.get("/api/complaints/" + complaint.get("id").asLong(), DemoUser.SALES_MANAGER);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("attributionLabel").asText()).isEqualTo("生产");
    assertThat(closed.at("/returnedLines/0/quantity").decimalValue()).isEqualByComparingTo("12");
    JsonNode listed = engine.get("/api/complaints?customer=c001&status=CLOSED", DemoUser.QUALITY);
    assertThat(listed.findValuesAsText("complaintNumber")).contains(number);
    assertThat(
            engine
                .get("/api/complaints?customer=C001", DemoUser.ASSISTANT_CHEN)
                .get("total")
                .asInt())
        .isZero();
    assertThat(web.get("/documents/complaints/" + number, DemoUser.QUALITY).body())
        .contains("客诉处理单", number, "12 件均有裂纹");
  }

  @Test
  void aDiscountTheThreeApproversAgreeBecomesAnAllowanceForTheStatement() {
    JsonNode shipment = shippedBatch();
    HttpResponse<String> registered = complain(DemoUser.QUALITY, shipment);
    assertThat(registered.statusCode())
        .as("quality registers too: " + registered.body())
        .isEqualTo(201);
    JsonNode complaint = investigated(registered);
    String instanceId = complaint.get("processInstanceId").asText();
    assertThat(
            complete(
                task(instanceId),
                DemoUser.ASSISTANT_LIU,
                Map.of("dispositionKind", "discount", "dispositionAmount", 12000.5)))
        .isEqualTo(204);
    for (String approver :
        new String[] {DemoUser.SALES_MANAGER, DemoUser.FINANCE, DemoUser.GENERAL_MANAGER}) {
      assertThat(complete(task(instanceId), approver, Map.of("dispositionDecision", "approve")))
          .as(approver)
          .isEqualTo(204);
    }

    assertThat(
            jdbc.queryForObject(
                "select amount_cny from complaint_allowance where complaint_id = ? and"
                    + " deducted_on is null and customer_id = ?",
                BigDecimal.class,
                complaint.get("id").asLong(),
                customerId))
        .isEqualByComparingTo("12000.50");
    onlyTask(instanceId, Elements.CONFIRM_CLOSURE);
  }

  @Test
  void anApprovedReworkIsReshippedAsAShipmentOfTheOrderAndTheCustomerIsMailed() throws Exception {
    JsonNode shipment = shippedBatch();
    long orderId = shipment.get("orderId").asLong();
    // damaged in transit: not a repeat of the other walks' quality complaints for C001
    JsonNode complaint =
        investigated(complain(DemoUser.ASSISTANT_LIU, shipment, "DAMAGED_IN_TRANSIT"));
    String number = complaint.get("complaintNumber").asText();
    String instanceId = complaint.get("processInstanceId").asText();
    assertThat(
            complete(
                task(instanceId),
                DemoUser.ASSISTANT_LIU,
                Map.of("dispositionKind", "rework", "dispositionAmount", 3000)))
        .isEqualTo(204);
    assertThat(
            complete(
                task(instanceId), DemoUser.SALES_MANAGER, Map.of("dispositionDecision", "approve")))
        .isEqualTo(204);

    Task reshipment = onlyTask(instanceId, Elements.RECORD_RESHIPMENT);
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("reshippedLines", "1 70");
    form.put("transportMode", "EXPRESS");
    form.put("carrier", "顺丰速运");
    form.put("trackingNumber", "SF-RW-" + number);
    form.put("shippedOn", TODAY);
    assertThat(complete(reshipment, DemoUser.ASSISTANT_LIU, form))
        .as("the warehouse re-ships")
        .isEqualTo(403);
    assertThat(engine.complete(reshipment.getId(), DemoUser.WAREHOUSE, form).body())
        .as("never more than the batch shipped")
        .contains("补发数量第1行：补发数量 70 超过已出货数量 60");
    form.put("reshippedLines", "1 60");
    assertThat(complete(reshipment, DemoUser.WAREHOUSE, form)).isEqualTo(204);

    // a shipment of the original order, out already, that the complaint names
    JsonNode settled = engine.get("/api/complaints/" + number, DemoUser.ASSISTANT_LIU);
    String reshipped = settled.get("reshipmentNumber").asText();
    assertThat(reshipped).isEqualTo(shipment.get("orderNumber").asText() + "-2");
    JsonNode out = engine.get("/api/shipments/" + reshipped, DemoUser.ASSISTANT_LIU);
    assertThat(out.get("orderId").asLong()).isEqualTo(orderId);
    assertThat(out.get("status").asText()).isEqualTo("SHIPPED");
    assertThat(out.get("transportMode").asText()).isEqualTo("EXPRESS");
    assertThat(out.get("trackingNumber").asText()).isEqualTo("SF-RW-" + number);
    assertThat(out.get("readyNote").asText()).contains(number);
    assertThat(out.at("/lines/0/shippedQuantity").decimalValue()).isEqualByComparingTo("60");
    assertThat(web.get("/documents/shipments/" + reshipped, DemoUser.WAREHOUSE).body())
        .as("the warehouse prints it like any batch (C001's goods go by 调拨单)")
        .contains(
            out.get("documentLabel").asText(),
            reshipped,
            "SF-RW-" + number,
            "客诉 " + number + " 返工补发");
    assertThat(
            jdbc.queryForObject(
                "select shipped_quantity from sales_order_line where order_id = ? and line_no = 1",
                BigDecimal.class,
                orderId))
        .as("the order counts the goods once: they replace what the customer had")
        .isEqualByComparingTo("60");
    assertThat(
            engine
                .get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU)
                .findValuesAsText("note")
                .toString())
        .contains(number + " 返工补发", reshipped.substring(reshipped.lastIndexOf('-') + 1) + "批");
    assertThat(awaitMailText(CUSTOMER_CONTACT, "SF-RW-" + number))
        .contains(number + " 返工补发", "重新发出", "顺丰速运", PRODUCT + " 本次补发 60");

    Task closure = onlyTask(instanceId, Elements.CONFIRM_CLOSURE);
    assertThat(formVariables(closure).at("/reshipmentNumber/value").asText()).isEqualTo(reshipped);
    assertThat(web.get("/documents/complaints/" + number, DemoUser.QUALITY).body())
        .contains("返工补发", reshipped);
  }

  /** An order of C001 whose first batch of 60 went out; answers the shipment. */
  private JsonNode shippedBatch() {
    return orders().shippedBatch(customerId, "35", "60", "SF-KS-1");
  }

  private HttpResponse<String> complain(String user, JsonNode shipment) {
    return complain(user, shipment, "QUALITY_DEFECT");
  }

  private HttpResponse<String> complain(String user, JsonNode shipment, String category) {
    return web.postJson(
        "/api/complaints",
        user,
        """
        {"customerId": %d, "shipmentId": %d, "category": "%s", "severity": "MAJOR",
         "description": "来料检验发现 12 件电容外壳开裂"}"""
            .formatted(customerId, shipment.get("id").asLong(), category));
  }

  /** The registered complaint once its mails went out and quality investigated it. */
  private JsonNode investigated(HttpResponse<String> registered) {
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    JsonNode complaint = engine.read(registered.body());
    String instanceId = complaint.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    assertThat(complete(task(instanceId), DemoUser.QUALITY, investigated())).isEqualTo(204);
    return complaint;
  }

  private static Map<String, Object> investigated() {
    return Map.of("rootCause", "包装缓冲不足，运输中受压", "countermeasure", "改用加厚气泡袋，出货前抽检外观");
  }

  private int complete(Task task, String user, Map<String, Object> values) {
    return engine.complete(task.getId(), user, values).statusCode();
  }

  private static byte[] large(int size) {
    byte[] content = new byte[size];
    System.arraycopy(PHOTO, 0, content, 0, PHOTO.length);
    return content;
  }
}
