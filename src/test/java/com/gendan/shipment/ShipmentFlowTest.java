package com.gendan.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess.Elements;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shipment, change and cancellation walked the way the demo users walk them (SPEC D8): a
 * quote-priced order ships in two batches and closes; a change reaches production; a cancellation
 * of the rest closes the order.
 */
class ShipmentFlowTest extends OrderFlowTest {

  /** The direct change and cancellation endpoints are repairs, for the admin only. */
  private static final String ADMIN = "admin";

  /** C001's primary contact, who hears of every shipment. */
  static final String CUSTOMER_CONTACT = "zhangwei@hengda-example.cn";

  @Autowired RuntimeService runtimeService;

  @Test
  void aQuotePricedOrderShipsInTwoPartialShipmentsAndCloses() throws Exception {
    PlannedOrder planned = plannedOrder();
    long orderId = planned.id();
    String instanceId = planned.instanceId();
    String goodsReady = "/api/orders/" + orderId + "/goods-ready";

    assertThat(
            web.postJson(
                    goodsReady,
                    DemoUser.ASSISTANT_LIU,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 60}]}")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> tooMuch =
        web.postJson(
            goodsReady,
            DemoUser.PRODUCTION,
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": 160}, {\"lineNo\": 7, \"quantity\": 1}]}");
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body())
        .contains("lines[lineNo=1].quantity", "超过第1行待出货数量 100", "lines[lineNo=7].lineNo");
    HttpResponse<String> first =
        web.postJson(
            goodsReady,
            DemoUser.PRODUCTION,
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": 60}], \"note\": \"首批\"}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode shipment = engine.read(first.body());
    assertThat(shipment.get("document").asText())
        .as("C001 keeps consignment stock")
        .isEqualTo("STOCK_TRANSFER");
    assertThat(shipment.get("proposedMode").asText())
        .as("20 days to go, but sea freight does not serve Suzhou: truck is the cheapest")
        .isEqualTo("TRUCK");
    passInspections(instanceId);

    String orderNumber = planned.order().get("orderNumber").asText();
    assertThat(awaitMailText("heping@gendan.local", orderNumber))
        .contains("备货通知单", "调拨单", "完工 60", STANDING);

    shipBatch(instanceId, "TRUCK", "TRUCK", "1 60", "SF-0001");
    JsonNode partly = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(partly.get("status").asText()).isEqualTo("PARTLY_SHIPPED");
    assertThat(partly.at("/lines/0/shippedQuantity").decimalValue()).isEqualByComparingTo("60");
    assertThat(partly.at("/shipments/0/status").asText()).isEqualTo("SHIPPED");
    assertThat(partly.at("/shipments/0/transportMode").asText()).isEqualTo("TRUCK");
    assertThat(partly.at("/shipments/0/trackingNumber").asText()).isEqualTo("SF-0001");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult())
        .as("40 are still to ship")
        .isNotNull();
    assertThat(awaitMailText(CUSTOMER_CONTACT, "SF-0001"))
        .contains("第1批", "汽运", "累计 60 / 100", "其余数量");

    assertThat(
            web.postJson(
                    goodsReady,
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 40}]}")
                .statusCode())
        .isEqualTo(201);
    passInspections(instanceId);
    shipBatch(instanceId, "TRUCK", "EXPRESS", "1 40", "SF-0002");

    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult())
        .as("everything shipped: the order's process is over")
        .isNull();
    JsonNode closed = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("shipments")).hasSize(2);
    assertThat(closed.get("statusHistory"))
        .extracting(s -> s.get("status").asText())
        .containsSubsequence("PLANNED", "PARTLY_SHIPPED", "PARTLY_SHIPPED", "CLOSED");
    assertThat(awaitMailText(CUSTOMER_CONTACT, "SF-0002")).contains("第2批", "已全部出货");
    assertThat(
            web.postJson(
                    goodsReady,
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}")
                .statusCode())
        .as("a closed order ships nothing more")
        .isEqualTo(409);
  }

  @Test
  void aHeldBatchGoesBackToProductionAndThePassedOneShipsWithItsInspectionReport()
      throws Exception {
    PlannedOrder planned = plannedOrder();
    String instanceId = planned.instanceId();
    String orderNumber = planned.order().get("orderNumber").asText();
    String goodsReady = "/api/orders/" + planned.id() + "/goods-ready";
    String all = "{\"lines\": [{\"lineNo\": 1, \"quantity\": 100}]}";
    assertThat(web.postJson(goodsReady, DemoUser.PRODUCTION, all).statusCode()).isEqualTo(201);
    engine.runDueJobs(instanceId);
    Task inspection = task(instanceId, Elements.INSPECT_GOODS);
    assertThat(inspection.getDueDate()).as("due the day the goods are ready").isNotNull();
    assertThat(mailText("heping@gendan.local", orderNumber))
        .as("nothing is prepared before quality passes the batch")
        .isNull();

    assertThat(
            engine
                .complete(
                    inspection.getId(), DemoUser.WAREHOUSE, Map.of("inspectionResult", "pass"))
                .statusCode())
        .as("only quality inspects")
        .isEqualTo(403);
    HttpResponse<String> noReason =
        engine.complete(inspection.getId(), DemoUser.QUALITY, Map.of("inspectionResult", "hold"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("检验说明", "扣留请写明不合格的情况");
    assertThat(
            engine
                .complete(
                    inspection.getId(),
                    DemoUser.QUALITY,
                    Map.of("inspectionResult", "hold", "inspectionNote", "焊点虚焊，需返工"))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(instanceId);

    JsonNode held = engine.get("/api/orders/" + planned.id(), DemoUser.ASSISTANT_LIU);
    assertThat(held.at("/shipments/0/status").asText()).isEqualTo("HELD");
    assertThat(held.at("/shipments/0/inspection/resultLabel").asText()).isEqualTo("不合格，扣留");
    assertThat(held.at("/shipments/0/inspection/inspectedBy").asText()).isEqualTo(DemoUser.QUALITY);
    assertThat(held.at("/exceptions/0/kind").asText()).isEqualTo("QUALITY");
    assertThat(held.at("/exceptions/0/description").asText()).contains("第1批", "焊点虚焊，需返工");
    assertThat(task(instanceId, Elements.DECIDE_EXCEPTION))
        .as("top management decides on the held goods")
        .isNotNull();
    assertThat(mailText("heping@gendan.local", orderNumber)).isNull();

    // reworked, the same 100 are reported again: the held batch no longer counts as on its way
    assertThat(web.postJson(goodsReady, DemoUser.PRODUCTION, all).statusCode()).isEqualTo(201);
    passInspections(instanceId);
    shipBatch(instanceId, "TRUCK", "TRUCK", "1 100", "SF-0100");

    // the subject names the order's PO: the class's other walks mail C001 about their batches too
    MimeMessage notice =
        ReceivedMails.awaitAbout(
                greenMail, CUSTOMER_CONTACT, planned.order().get("customerPo").asText() + " 第2批")
            .get(0);
    List<ReceivedMails.Leaf> parts = ReceivedMails.leaves(notice);
    assertThat(parts)
        .as("C001's standing requirements ask for an inspection report with every shipment")
        .anySatisfy(
            part -> {
              assertThat(part.fileName()).isEqualTo("出货检验报告-" + orderNumber + "-2.pdf");
              assertThat(new String(part.content(), 0, 5, StandardCharsets.US_ASCII))
                  .isEqualTo("%PDF-");
            });
    assertThat(mailText(CUSTOMER_CONTACT, "SF-0100")).contains("随函附上本批的出货检验报告");
  }

  @Test
  void theWarehouseIsToldWhatIsWrongWithAnOutboundDeliveryAndNothingIsSaved() {
    PlannedOrder planned = plannedOrder();
    String instanceId = planned.instanceId();
    assertThat(
            web.postJson(
                    "/api/orders/" + planned.id() + "/goods-ready",
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 100}]}")
                .statusCode())
        .isEqualTo(201);
    passInspections(instanceId);
    Task choose = task(instanceId, Elements.CHOOSE_TRANSPORT);
    assertThat(
            engine
                .complete(choose.getId(), DemoUser.ASSISTANT_LIU, Map.of("transportMode", "BOAT"))
                .body())
        .contains("运输方式");
    assertThat(
            engine
                .complete(
                    choose.getId(), DemoUser.ASSISTANT_LIU, Map.of("transportMode", "EXPRESS"))
                .statusCode())
        .isEqualTo(204);

    Task outbound = task(instanceId, Elements.RECORD_OUTBOUND);
    HttpResponse<String> wrong =
        engine.complete(
            outbound.getId(),
            DemoUser.WAREHOUSE,
            Map.of(
                "shippedLinesText",
                "1 120\n2 5",
                "carrier",
                "",
                "trackingNumber",
                "x",
                "shippedOn",
                LocalDate.now().plusDays(3).toString()));
    assertThat(wrong.statusCode()).isNotEqualTo(204);
    assertThat(wrong.body()).contains("超过本批订单第1行完工数量 100", "本批没有订单第2行", "承运商", "出货日期不能晚于今天");
    assertThat(task(instanceId, Elements.RECORD_OUTBOUND)).isNotNull();
    JsonNode unchanged = engine.get("/api/orders/" + planned.id(), DemoUser.ASSISTANT_LIU);
    assertThat(unchanged.at("/lines/0/shippedQuantity").decimalValue()).isZero();
    assertThat(unchanged.at("/shipments/0/status").asText()).isEqualTo("TRANSPORT_CHOSEN");
  }

  @Test
  void anApprovedChangeReachesProductionAndACancellationClosesTheRest() throws Exception {
    PlannedOrder planned = plannedOrder();
    long orderId = planned.id();
    String instanceId = planned.instanceId();
    LocalDate later = LocalDate.now().plusDays(30);
    String change =
        "{\"reason\": \"客户追加\", \"lines\": [{\"lineNo\": 1, \"quantity\": 150, "
            + "\"requestedDate\": \""
            + later
            + "\"}]}";
    assertThat(
            web.postJson("/api/orders/" + orderId + "/changes", DemoUser.ASSISTANT_LIU, change)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> badChange =
        web.postJson(
            "/api/orders/" + orderId + "/changes",
            ADMIN,
            "{\"reason\": \"x\", \"lines\": [{\"lineNo\": 3, "
                + "\"quantity\": 0, \"requestedDate\": \""
                + later
                + "\"}]}");
    assertThat(badChange.statusCode()).isEqualTo(400);
    assertThat(badChange.body()).contains("lines[0].lineNo", "订单没有第3行");
    assertThat(web.postJson("/api/orders/" + orderId + "/changes", ADMIN, change).statusCode())
        .isEqualTo(200);

    Task reconfirm = task(instanceId, Elements.RECONFIRM_PLAN);
    assertThat(reconfirm).as("the plan was out: production confirms the changed one").isNotNull();
    assertThat(awaitMailText("zhengwei@gendan.local", "客户追加")).contains("150", later.toString());
    assertThat(
            engine
                .complete(
                    reconfirm.getId(),
                    DemoUser.PRODUCTION,
                    Map.of("plannedCompletionDate", later.minusDays(3).toString()))
                .statusCode())
        .isEqualTo(204);
    JsonNode changed = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(changed.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("150");
    assertThat(changed.get("plannedCompletionDate").asText())
        .isEqualTo(later.minusDays(3).toString());

    assertThat(
            web.postJson(
                    "/api/orders/" + orderId + "/goods-ready",
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 50}]}")
                .statusCode())
        .isEqualTo(201);
    passInspections(instanceId);
    shipBatch(instanceId, "TRUCK", "TRUCK", "1 50", "ZT-77");
    assertThat(
            web.postJson(
                    "/api/orders/" + orderId + "/goods-ready",
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 30}]}")
                .statusCode())
        .isEqualTo(201);
    passInspections(instanceId);
    assertThat(task(instanceId, Elements.CHOOSE_TRANSPORT)).isNotNull();

    assertThat(
            web.postJson("/api/orders/" + orderId + "/cancellation", ADMIN, "{\"reason\": \"\"}")
                .body())
        .contains("reason");
    assertThat(
            web.postJson(
                    "/api/orders/" + orderId + "/cancellation",
                    ADMIN,
                    "{\"reason\": \"客户项目取消，余量不要了\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult())
        .as("the cancellation ends every open step")
        .isNull();
    JsonNode cancelled = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(cancelled.get("status").asText())
        .as("50 shipped, the rest cancelled")
        .isEqualTo("CLOSED");
    assertThat(cancelled.at("/shipments/1/status").asText()).isEqualTo("CANCELLED");
    assertThat(
            web.postJson(
                    "/api/orders/" + orderId + "/cancellation", ADMIN, "{\"reason\": \"again\"}")
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void aBatchShipsNoMoreThanItsFinishedGoodsAndAChangeCannotUnmakeThem() {
    PlannedOrder planned = plannedOrder();
    long orderId = planned.id();
    String instanceId = planned.instanceId();
    String goodsReady = "/api/orders/" + orderId + "/goods-ready";
    HttpResponse<String> fractional =
        web.postJson(
            goodsReady,
            DemoUser.PRODUCTION,
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": 59.9996}]}");
    assertThat(fractional.statusCode()).isEqualTo(400);
    assertThat(fractional.body()).contains("lines[0].quantity", "数量最多3位小数");
    assertThat(
            web.postJson(
                    goodsReady,
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 60}]}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            web.postJson(
                    goodsReady,
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 40}]}")
                .statusCode())
        .isEqualTo(201);
    passInspections(instanceId);
    for (Task choose : tasks(instanceId, Elements.CHOOSE_TRANSPORT)) {
      assertThat(
              engine
                  .complete(
                      choose.getId(), DemoUser.ASSISTANT_LIU, Map.of("transportMode", "EXPRESS"))
                  .statusCode())
          .isEqualTo(204);
    }
    Task sixty =
        tasks(instanceId, Elements.RECORD_OUTBOUND).stream()
            .filter(
                t ->
                    engine
                        .get(
                            "/engine-rest/task/" + t.getId() + "/form-variables",
                            DemoUser.WAREHOUSE)
                        .at("/shippedLinesText/value")
                        .asText()
                        .equals("1 60"))
            .findFirst()
            .orElseThrow();

    HttpResponse<String> tooMuch =
        engine.complete(
            sixty.getId(),
            DemoUser.WAREHOUSE,
            Map.of(
                "shippedLinesText",
                "1 100",
                "carrier",
                "顺丰速运",
                "trackingNumber",
                "SF-9",
                "shippedOn",
                LocalDate.now().minusDays(1).toString()));
    assertThat(tooMuch.statusCode()).isNotEqualTo(204);
    assertThat(tooMuch.body())
        .as("the other 40 are another batch's")
        .contains("超过本批订单第1行完工数量 60", "出货日期不能早于完工日期");
    String changeTo =
        "{\"reason\": \"客户减量\", \"lines\": [{\"lineNo\": 1, \"quantity\": %s, "
            + "\"requestedDate\": \""
            + LocalDate.now().plusDays(20)
            + "\"}]}";
    HttpResponse<String> belowFinished =
        web.postJson("/api/orders/" + orderId + "/changes", ADMIN, changeTo.formatted("90"));
    assertThat(belowFinished.statusCode()).isEqualTo(400);
    assertThat(belowFinished.body()).contains("已完工待出货 100 共 100");

    assertThat(
            engine
                .complete(
                    sixty.getId(),
                    DemoUser.WAREHOUSE,
                    Map.of(
                        "shippedLinesText",
                        "1 60",
                        "carrier",
                        "顺丰速运",
                        "trackingNumber",
                        "SF-9",
                        "shippedOn",
                        LocalDate.now().toString()))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            web.postJson("/api/orders/" + orderId + "/changes", ADMIN, changeTo.formatted("60"))
                .body())
        .contains("已出货 60 加已完工待出货 40 共 100");
    Task forty = tasks(instanceId, Elements.RECORD_OUTBOUND).get(0);
    assertThat(
            engine
                .complete(
                    forty.getId(),
                    DemoUser.WAREHOUSE,
                    Map.of(
                        "shippedLinesText",
                        "1 40",
                        "carrier",
                        "顺丰速运",
                        "trackingNumber",
                        "SF-10",
                        "shippedOn",
                        LocalDate.now().toString()))
                .statusCode())
        .isEqualTo(204);

    assertThat(engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU).get("status").asText())
        .isEqualTo("CLOSED");
    HttpResponse<String> lateProblem =
        web.postJson(
            "/api/orders/" + orderId + "/exceptions",
            DemoUser.PRODUCTION,
            "{\"kind\": \"QUALITY\", \"description\": \"发现批次不良\"}");
    assertThat(lateProblem.statusCode()).isEqualTo(409);
    assertThat(lateProblem.body()).contains("已结案，不能登记生产异常", "客诉");
  }

  @Test
  void aChangeDownToWhatHasShippedClosesTheOrderWithoutAskingProductionAgain() {
    PlannedOrder planned = plannedOrder();
    long orderId = planned.id();
    String instanceId = planned.instanceId();
    assertThatThrownBy(() -> runtimeService.setVariable(instanceId, "fulfilled", true))
        .as("nothing has shipped: the order cannot be closed whatever the variable says")
        .hasStackTraceContaining("not shipped in full");
    assertThat(
            web.postJson(
                    "/api/orders/" + orderId + "/goods-ready",
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 60}]}")
                .statusCode())
        .isEqualTo(201);
    passInspections(instanceId);
    shipBatch(instanceId, "TRUCK", "TRUCK", "1 60", "SF-0060");

    assertThat(
            web.postJson(
                    "/api/orders/" + orderId + "/changes",
                    ADMIN,
                    "{\"reason\": \"客户只要已到的60\", \"lines\": [{\"lineNo\": 1, \"quantity\": 60, "
                        + "\"requestedDate\": \""
                        + LocalDate.now().plusDays(20)
                        + "\"}]}")
                .statusCode())
        .isEqualTo(200);

    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult())
        .as("no plan to reconfirm for an order that is complete")
        .isNull();
    JsonNode closed = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("statusHistory"))
        .extracting(s -> s.get("status").asText())
        .as("the change leaves the status alone, the close follows")
        .endsWith("PARTLY_SHIPPED", "PARTLY_SHIPPED", "CLOSED");
  }

  @Test
  void aCancellationRightAfterAnOutboundStillTellsTheCustomerWhatLeft() throws Exception {
    PlannedOrder planned = plannedOrder();
    String instanceId = planned.instanceId();
    assertThat(
            web.postJson(
                    "/api/orders/" + planned.id() + "/goods-ready",
                    DemoUser.PRODUCTION,
                    "{\"lines\": [{\"lineNo\": 1, \"quantity\": 60}]}")
                .statusCode())
        .isEqualTo(201);
    passInspections(instanceId);
    assertThat(
            engine
                .complete(
                    task(instanceId, Elements.CHOOSE_TRANSPORT).getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("transportMode", "EXPRESS"))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            engine
                .complete(
                    task(instanceId, Elements.RECORD_OUTBOUND).getId(),
                    DemoUser.WAREHOUSE,
                    Map.of(
                        "shippedLinesText",
                        "1 60",
                        "carrier",
                        "顺丰速运",
                        "trackingNumber",
                        "SF-LAST",
                        "shippedOn",
                        LocalDate.now().toString()))
                .statusCode())
        .isEqualTo(204);

    // before the job that mails the customer has run
    assertThat(
            web.postJson(
                    "/api/orders/" + planned.id() + "/cancellation",
                    ADMIN,
                    "{\"reason\": \"客户项目取消\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(awaitMailText(CUSTOMER_CONTACT, "SF-LAST")).contains("累计 60 / 100", "其余数量已按贵司要求取消");
  }

  /** A quote-priced order of C001, 100 at 35, its production plan confirmed. */
  private PlannedOrder plannedOrder() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    return new PlannedOrder(order, plan(order));
  }

  private record PlannedOrder(JsonNode order, String instanceId) {

    long id() {
      return order.get("id").asLong();
    }
  }

  private List<Task> tasks(String instanceId, String activityId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instanceId)
        .taskDefinitionKey(activityId)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  /** The assistant takes or changes the proposed transport; the warehouse ships. */
  private void shipBatch(
      String instanceId, String proposed, String chosen, String shipped, String trackingNumber) {
    Task choose = task(instanceId, Elements.CHOOSE_TRANSPORT);
    assertThat(choose.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    assertThat(choose.getDueDate()).isNotNull();
    JsonNode form =
        engine.get(
            "/engine-rest/task/" + choose.getId() + "/form-variables", DemoUser.ASSISTANT_LIU);
    assertThat(form.at("/transportMode/value").asText()).isEqualTo(proposed);
    assertThat(form.at("/transportProposal/value").asText())
        .as("C001 takes its goods in Suzhou: no 16-day sea freight, no codes")
        .contains("客户所在地区：华东", "← 建议")
        .doesNotContain("海运", "TRUCK", "EXPRESS");
    assertThat(
            engine
                .complete(choose.getId(), DemoUser.ASSISTANT_LIU, Map.of("transportMode", chosen))
                .statusCode())
        .isEqualTo(204);

    Task outbound = task(instanceId, Elements.RECORD_OUTBOUND);
    assertThat(
            engine
                .get(
                    "/engine-rest/task/" + outbound.getId() + "/form-variables", DemoUser.WAREHOUSE)
                .at("/transportChoice/value")
                .asText())
        .as("the warehouse reads the mode in Chinese, not its code")
        .isEqualTo(TransportMode.valueOf(chosen).label());
    assertThat(
            engine
                .complete(
                    outbound.getId(), DemoUser.ASSISTANT_LIU, Map.of("shippedLinesText", shipped))
                .statusCode())
        .as("only the warehouse ships")
        .isEqualTo(403);
    assertThat(
            engine
                .complete(
                    outbound.getId(),
                    DemoUser.WAREHOUSE,
                    Map.of(
                        "shippedLinesText",
                        shipped,
                        "carrier",
                        "顺丰速运",
                        "trackingNumber",
                        trackingNumber,
                        "shippedOn",
                        LocalDate.now().toString()))
                .statusCode())
        .isEqualTo(204);
    passInspections(instanceId);
  }
}
