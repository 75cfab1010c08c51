package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.order.SalesOrderProcess.Elements;

/**
 * Shipment, change and cancellation walked the way the demo users walk them (SPEC D8): a
 * quote-priced order ships in two batches and closes; a change reaches production; a
 * cancellation of the rest closes the order.
 */
class ShipmentFlowTest extends OrderFlowTest {

  /** C001's primary contact, who hears of every shipment. */
  static final String CUSTOMER_CONTACT = "zhangwei@hengda-example.cn";

  @Autowired
  RuntimeService runtimeService;

  @Test
  void aQuotePricedOrderShipsInTwoPartialShipmentsAndCloses() throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    long orderId = order.get("id").asLong();
    String instanceId = plan(order);
    String goodsReady = "/api/orders/" + orderId + "/goods-ready";

    assertThat(web.postJson(goodsReady, DemoUser.ASSISTANT_LIU,
        "{\"lines\": [{\"lineNo\": 1, \"quantity\": 60}]}").statusCode()).isEqualTo(403);
    HttpResponse<String> tooMuch = web.postJson(goodsReady, DemoUser.PRODUCTION,
        "{\"lines\": [{\"lineNo\": 1, \"quantity\": 160}, {\"lineNo\": 7, \"quantity\": 1}]}");
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("lines[lineNo=1].quantity", "超过第1行待出货数量 100",
        "lines[lineNo=7].lineNo");
    HttpResponse<String> first = web.postJson(goodsReady, DemoUser.PRODUCTION,
        "{\"lines\": [{\"lineNo\": 1, \"quantity\": 60}], \"note\": \"首批\"}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode shipment = engine.read(first.body());
    assertThat(shipment.get("document").asText())
        .as("C001 keeps consignment stock").isEqualTo("STOCK_TRANSFER");
    assertThat(shipment.get("proposedMode").asText())
        .as("20 days to go: sea is the cheapest that arrives in time").isEqualTo("SEA");
    engine.runDueJobs(instanceId);

    String orderNumber = order.get("orderNumber").asText();
    Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> mailText("heping@gendan.local", orderNumber) != null);
    assertThat(mailText("heping@gendan.local", orderNumber))
        .contains("备货通知单", "调拨单", "完工 60", STANDING);

    shipBatch(instanceId, "SEA", "TRUCK", "1 60", "SF-0001");
    JsonNode partly = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(partly.get("status").asText()).isEqualTo("PARTLY_SHIPPED");
    assertThat(partly.at("/lines/0/shippedQuantity").decimalValue()).isEqualByComparingTo("60");
    assertThat(partly.at("/shipments/0/status").asText()).isEqualTo("SHIPPED");
    assertThat(partly.at("/shipments/0/transportMode").asText()).isEqualTo("TRUCK");
    assertThat(partly.at("/shipments/0/trackingNumber").asText()).isEqualTo("SF-0001");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult()).as("40 are still to ship").isNotNull();
    Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> mailText(CUSTOMER_CONTACT, "SF-0001") != null);
    assertThat(mailText(CUSTOMER_CONTACT, "SF-0001"))
        .contains("第1批", "汽运", "累计 60 / 100", "其余数量");

    assertThat(web.postJson(goodsReady, DemoUser.PRODUCTION,
        "{\"lines\": [{\"lineNo\": 1, \"quantity\": 40}]}").statusCode()).isEqualTo(201);
    engine.runDueJobs(instanceId);
    shipBatch(instanceId, "SEA", "SEA", "1 40", "SF-0002");

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult()).as("everything shipped: the order's process is over").isNull();
    JsonNode closed = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("shipments")).hasSize(2);
    assertThat(closed.get("statusHistory")).extracting(s -> s.get("status").asText())
        .containsSubsequence("PLANNED", "PARTLY_SHIPPED", "PARTLY_SHIPPED", "CLOSED");
    Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> mailText(CUSTOMER_CONTACT, "SF-0002") != null);
    assertThat(mailText(CUSTOMER_CONTACT, "SF-0002")).contains("第2批", "已全部出货");
    assertThat(web.postJson(goodsReady, DemoUser.PRODUCTION,
        "{\"lines\": [{\"lineNo\": 1, \"quantity\": 1}]}").statusCode())
        .as("a closed order ships nothing more").isEqualTo(409);
  }

  @Test
  void theWarehouseIsToldWhatIsWrongWithAnOutboundDeliveryAndNothingIsSaved() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    String instanceId = plan(order);
    assertThat(web.postJson("/api/orders/" + order.get("id").asLong() + "/goods-ready",
        DemoUser.PRODUCTION, "{\"lines\": [{\"lineNo\": 1, \"quantity\": 100}]}").statusCode())
        .isEqualTo(201);
    engine.runDueJobs(instanceId);
    Task choose = task(instanceId, Elements.CHOOSE_TRANSPORT);
    assertThat(engine.complete(choose.getId(), DemoUser.ASSISTANT_LIU,
        Map.of("transportMode", "BOAT")).body()).contains("运输方式");
    assertThat(engine.complete(choose.getId(), DemoUser.ASSISTANT_LIU,
        Map.of("transportMode", "EXPRESS")).statusCode()).isEqualTo(204);

    Task outbound = task(instanceId, Elements.RECORD_OUTBOUND);
    HttpResponse<String> wrong = engine.complete(outbound.getId(), DemoUser.WAREHOUSE, Map.of(
        "shippedLinesText", "1 120\n2 5", "carrier", "", "trackingNumber", "x",
        "shippedOn", LocalDate.now().plusDays(3).toString()));
    assertThat(wrong.statusCode()).isNotEqualTo(204);
    assertThat(wrong.body()).contains("超过订单第1行待出货数量 100", "本批没有订单第2行", "承运商",
        "出货日期不能晚于今天");
    assertThat(task(instanceId, Elements.RECORD_OUTBOUND)).isNotNull();
    JsonNode unchanged = engine.get("/api/orders/" + order.get("id").asLong(),
        DemoUser.ASSISTANT_LIU);
    assertThat(unchanged.at("/lines/0/shippedQuantity").decimalValue()).isZero();
    assertThat(unchanged.at("/shipments/0/status").asText()).isEqualTo("TRANSPORT_CHOSEN");
  }

  @Test
  void anApprovedChangeReachesProductionAndACancellationClosesTheRest() throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    long orderId = order.get("id").asLong();
    String instanceId = plan(order);
    LocalDate later = LocalDate.now().plusDays(30);
    String change = "{\"reason\": \"客户追加\", \"lines\": [{\"lineNo\": 1, \"quantity\": 150, "
        + "\"requestedDate\": \"" + later + "\"}]}";
    assertThat(web.postJson("/api/orders/" + orderId + "/changes", DemoUser.ASSISTANT_LIU,
        change).statusCode()).isEqualTo(403);
    HttpResponse<String> badChange = web.postJson("/api/orders/" + orderId + "/changes",
        DemoUser.SALES_MANAGER, "{\"reason\": \"x\", \"lines\": [{\"lineNo\": 3, "
            + "\"quantity\": 0, \"requestedDate\": \"" + later + "\"}]}");
    assertThat(badChange.statusCode()).isEqualTo(400);
    assertThat(badChange.body()).contains("changedLinesText", "订单没有第3行");
    assertThat(web.postJson("/api/orders/" + orderId + "/changes", DemoUser.SALES_MANAGER,
        change).statusCode()).isEqualTo(200);

    Task reconfirm = task(instanceId, Elements.RECONFIRM_PLAN);
    assertThat(reconfirm).as("the plan was out: production confirms the changed one")
        .isNotNull();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
        mailText("zhengwei@gendan.local", "客户追加") != null);
    assertThat(mailText("zhengwei@gendan.local", "客户追加")).contains("150", later.toString());
    assertThat(engine.complete(reconfirm.getId(), DemoUser.PRODUCTION, Map.of(
        "plannedCompletionDate", later.minusDays(3).toString())).statusCode()).isEqualTo(204);
    JsonNode changed = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(changed.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("150");
    assertThat(changed.get("plannedCompletionDate").asText())
        .isEqualTo(later.minusDays(3).toString());

    assertThat(web.postJson("/api/orders/" + orderId + "/goods-ready", DemoUser.PRODUCTION,
        "{\"lines\": [{\"lineNo\": 1, \"quantity\": 50}]}").statusCode()).isEqualTo(201);
    engine.runDueJobs(instanceId);
    shipBatch(instanceId, "SEA", "SEA", "1 50", "ZT-77");
    assertThat(web.postJson("/api/orders/" + orderId + "/goods-ready", DemoUser.PRODUCTION,
        "{\"lines\": [{\"lineNo\": 1, \"quantity\": 30}]}").statusCode()).isEqualTo(201);
    engine.runDueJobs(instanceId);
    assertThat(task(instanceId, Elements.CHOOSE_TRANSPORT)).isNotNull();

    assertThat(web.postJson("/api/orders/" + orderId + "/cancellation", DemoUser.SALES_MANAGER,
        "{\"reason\": \"\"}").body()).contains("reason");
    assertThat(web.postJson("/api/orders/" + orderId + "/cancellation", DemoUser.SALES_MANAGER,
        "{\"reason\": \"客户项目取消，余量不要了\"}").statusCode()).isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult()).as("the cancellation ends every open step").isNull();
    JsonNode cancelled = engine.get("/api/orders/" + orderId, DemoUser.ASSISTANT_LIU);
    assertThat(cancelled.get("status").asText()).as("50 shipped, the rest cancelled")
        .isEqualTo("CLOSED");
    assertThat(cancelled.at("/shipments/1/status").asText()).isEqualTo("CANCELLED");
    assertThat(web.postJson("/api/orders/" + orderId + "/cancellation", DemoUser.SALES_MANAGER,
        "{\"reason\": \"again\"}").statusCode()).isEqualTo(409);
  }

  /** The assistant takes or changes the proposed transport; the warehouse ships. */
  private void shipBatch(String instanceId, String proposed, String chosen, String shipped,
      String trackingNumber) {
    Task choose = task(instanceId, Elements.CHOOSE_TRANSPORT);
    assertThat(choose.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    assertThat(choose.getDueDate()).isNotNull();
    JsonNode form = engine.get("/engine-rest/task/" + choose.getId() + "/form-variables",
        DemoUser.ASSISTANT_LIU);
    assertThat(form.at("/transportMode/value").asText()).isEqualTo(proposed);
    assertThat(form.at("/transportProposal/value").asText()).contains("← 建议");
    assertThat(engine.complete(choose.getId(), DemoUser.ASSISTANT_LIU,
        Map.of("transportMode", chosen)).statusCode()).isEqualTo(204);

    Task outbound = task(instanceId, Elements.RECORD_OUTBOUND);
    assertThat(engine.complete(outbound.getId(), DemoUser.ASSISTANT_LIU, Map.of(
        "shippedLinesText", shipped)).statusCode()).as("only the warehouse ships")
        .isEqualTo(403);
    assertThat(engine.complete(outbound.getId(), DemoUser.WAREHOUSE, Map.of(
        "shippedLinesText", shipped, "carrier", "顺丰速运", "trackingNumber", trackingNumber,
        "shippedOn", LocalDate.now().toString())).statusCode()).isEqualTo(204);
    engine.runDueJobs(instanceId);
  }
}
