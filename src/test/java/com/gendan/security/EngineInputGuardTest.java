package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.EngineRest;
import com.gendan.Tasklist;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess.Elements;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Users work their tasks through forms only: a variable the form does not have, a read-only field
 * changed, a start with the process's own variables and every other way of writing variables are
 * refused for everyone but admins, through the engine REST API and through Tasklist's copy of it
 * alike, and nothing changes. Tasklist itself keeps working.
 */
class EngineInputGuardTest extends OrderFlowTest {

  private static final String LIU = DemoUser.ASSISTANT_LIU;

  /** No quote agrees this price: the review finds it, the assistant gets the correction task. */
  private static final String UNAGREED_PRICE = "33.33";

  @Autowired RuntimeService runtimeService;

  @Test
  void aCorrectionCannotReviseAnotherOrder() {
    JsonNode other = register(LIU, "email", UNAGREED_PRICE);
    JsonNode order = register(LIU, "email", UNAGREED_PRICE);
    Task correction = correctionTask(order);
    String otherId = other.get("id").asText();
    String revisedLines = PRODUCT + " 999 " + UNAGREED_PRICE + " " + LocalDate.now().plusDays(30);
    Map<String, Object> revise =
        Map.of(
            "correctionAction",
            "revise",
            "revisedLinesText",
            revisedLines,
            "orderId",
            EngineRest.typed(Long.parseLong(otherId), "Long"));

    HttpResponse<String> refused = engine.complete(correction.getId(), LIU, revise);

    assertRefused(refused, "orderId", EngineInputGuard.NOT_ON_FORM);
    assertThat(quantityOf(other)).isEqualByComparingTo("100");
    assertThat(quantityOf(order)).isEqualByComparingTo("100");
    assertThat(task(order.get("processInstanceId").asText(), Elements.CORRECT_ORDER))
        .as("the task is still open")
        .isNotNull();

    HttpResponse<String> fromTasklist =
        Tasklist.login(port, json, LIU)
            .send(
                "/task/" + correction.getId() + "/submit-form",
                """
            {"variables": {"correctionAction": {"value": "revise"},
             "revisedLinesText": {"value": "%s"},
             "orderId": {"value": %s, "type": "Long"}}}"""
                    .formatted(revisedLines, otherId));
    assertRefused(fromTasklist, "orderId", EngineInputGuard.NOT_ON_FORM);
    assertThat(quantityOf(other)).isEqualByComparingTo("100");
  }

  @Test
  void aTaskCannotCloseItsOrderNorChangeWhatTheFormOnlyShows() {
    JsonNode order = register(LIU, "email", UNAGREED_PRICE);
    Task correction = correctionTask(order);
    String instanceId = order.get("processInstanceId").asText();

    HttpResponse<String> refused =
        engine.complete(
            correction.getId(),
            LIU,
            Map.of(
                "correctionAction",
                "accept",
                "acceptanceReason",
                "客户同意",
                "fulfilled",
                true,
                "orderNumber",
                "XS-0000-00001"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("请检查以下字段：fulfilled、订单号");
    // what Tasklist's error notification shows
    assertThat(engine.read(refused.body()).get("message").asText())
        .contains("fulfilled：" + EngineInputGuard.NOT_ON_FORM);
    assertThat(engine.read(refused.body()).get("errors"))
        .extracting(e -> e.get("message").asText())
        .containsExactly(EngineInputGuard.NOT_ON_FORM, EngineInputGuard.READ_ONLY);
    assertThat(runtimeService.getVariable(instanceId, "fulfilled")).isEqualTo(false);
    assertThat(runtimeService.getVariable(instanceId, "orderNumber"))
        .isEqualTo(order.get("orderNumber").asText());
    assertThat(engine.get("/api/orders/" + order.get("id").asText(), LIU).get("status").asText())
        .isEqualTo("CORRECTION");
  }

  @Test
  void transportIsChosenForTheTasksOwnShipmentAndTasklistsFormStillWorks() {
    agreePrice("35");
    JsonNode order = register(LIU, "email", "35");
    JsonNode other = register(LIU, "email", "35");
    String instanceId = plan(order);
    plan(other);
    long shipmentId = goodsReady(order);
    long otherShipmentId = goodsReady(other);
    engine.runDueJobs(instanceId);
    engine.runDueJobs(other.get("processInstanceId").asText());
    Task choose = task(instanceId, Elements.CHOOSE_TRANSPORT);
    Tasklist tasklist = Tasklist.login(port, json, LIU);

    assertRefused(
        engine.complete(
            choose.getId(),
            LIU,
            Map.of(
                "transportMode", "AIR", "shipmentId", EngineRest.typed(otherShipmentId, "Long"))),
        "shipmentId",
        EngineInputGuard.NOT_ON_FORM);
    assertRefused(
        tasklist.submit(
            choose.getId(), Map.of("transportMode", "AIR", "shipmentDocument", "调拨单 DB-0000")),
        "出库单据",
        EngineInputGuard.READ_ONLY);
    assertThat(shipment(other, otherShipmentId).path("transportMode").isNull()).isTrue();

    // what Tasklist sends: every field of the form, the read-only ones as it showed them
    HttpResponse<String> chosen = tasklist.submit(choose.getId(), Map.of("transportMode", "AIR"));

    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(204);
    assertThat(shipment(order, shipmentId).get("transportMode").asText()).isEqualTo("AIR");
    assertThat(shipment(other, otherShipmentId).path("transportMode").isNull()).isTrue();
    assertThat(task(instanceId, Elements.RECORD_OUTBOUND)).isNotNull();
  }

  @Test
  void aStartCannotPointTheProcessAtAnExistingOrder() {
    JsonNode order = register(LIU, "email", UNAGREED_PRICE);
    String orderId = order.get("id").asText();
    String start = "/engine-rest/process-definition/key/salesOrder/start";
    String withOrderId =
        """
        {"variables": {"customerCode": {"value": "C001"},
         "orderId": {"value": %s, "type": "Long"}}}"""
            .formatted(orderId);

    assertRefused(web.postJson(start, LIU, withOrderId), "orderId", EngineInputGuard.NOT_ON_FORM);
    assertRefused(
        Tasklist.login(port, json, LIU)
            .send("/process-definition/key/salesOrder/submit-form", withOrderId),
        "orderId",
        EngineInputGuard.NOT_ON_FORM);
    HttpResponse<String> midway =
        web.postJson(
            start,
            LIU,
            """
        {"variables": {"customerCode": {"value": "C001"}},
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "%s"}]}"""
                .formatted(Elements.CLOSE_ORDER));
    assertThat(midway.statusCode()).isEqualTo(403);
    assertThat(engine.read(midway.body()).get("detail").asText())
        .isEqualTo(EngineInputGuard.NO_SHORTCUTS);

    assertThat(engine.get("/api/orders/" + orderId, LIU).get("processInstanceId").asText())
        .isEqualTo(order.get("processInstanceId").asText());
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("salesOrder")
                .variableValueEquals("orderId", Long.parseLong(orderId))
                .count())
        .isEqualTo(1);
  }

  @Test
  void variablesAreNotWrittenOutsideForms() {
    JsonNode order = register(LIU, "email", UNAGREED_PRICE);
    Task correction = correctionTask(order);
    String instanceId = order.get("processInstanceId").asText();
    String task = "/engine-rest/task/" + correction.getId();
    String fulfilled = "{\"fulfilled\": {\"value\": true}}";
    List<String[]> writes =
        List.of(
            new String[] {"PUT", task + "/variables/fulfilled", "{\"value\": true}"},
            new String[] {
              "POST", task + "/localVariables", "{\"modifications\": " + fulfilled + "}"
            },
            new String[] {"DELETE", task + "/variables/orderId", null},
            new String[] {"POST", task + "/bpmnError", "{\"errorCode\": \"x\"}"},
            new String[] {"POST", task + "/bpmnEscalation", "{\"escalationCode\": \"x\"}"},
            new String[] {
              "POST",
              "/engine-rest/process-instance/" + instanceId + "/variables",
              "{\"modifications\": " + fulfilled + "}"
            },
            new String[] {
              "PUT",
              "/engine-rest/execution/" + correction.getExecutionId() + "/localVariables/fulfilled",
              "{\"value\": true}"
            },
            new String[] {
              "POST",
              "/engine-rest/message",
              "{\"messageName\": \"orderCancelled\", "
                  + "\"processInstanceId\": \""
                  + instanceId
                  + "\"}"
            },
            new String[] {"POST", "/engine-rest/signal", "{\"name\": \"anything\"}"},
            new String[] {"POST", "/engine-rest/condition", "{\"variables\": " + fulfilled + "}"});

    for (String[] write : writes) {
      HttpResponse<String> refused = web.send(write[0], write[1], LIU, write[2]);
      assertThat(refused.statusCode()).as(write[0] + " " + write[1]).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = engine.read(refused.body());
      assertThat(problem.get("title").asText()).isEqualTo("无权访问");
      assertThat(problem.get("detail").asText()).isEqualTo(EngineInputGuard.FORMS_ONLY);
    }
    assertThat(task(instanceId, Elements.CORRECT_ORDER))
        .as("no BPMN error ended the task")
        .isNotNull();
    assertThat(runtimeService.getVariable(instanceId, "fulfilled")).isEqualTo(false);
  }

  @Test
  void adminsAreNotGuarded() {
    JsonNode order = register(LIU, "email", UNAGREED_PRICE);
    Task correction = correctionTask(order);

    assertThat(
            web.send("POST", "/engine-rest/signal", "admin", "{\"name\": \"anything\"}")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> completed =
        engine.complete(
            correction.getId(),
            "admin",
            Map.of(
                "correctionAction", "accept", "acceptanceReason", "管理员代办", "adminNote", "代刘洋完成"));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(order.get("processInstanceId").asText(), "adminNote"))
        .isEqualTo("代刘洋完成");
  }

  /** An order at a price no quote agreed goes to its assistant's correction task. */
  private Task correctionTask(JsonNode order) {
    String instanceId = order.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    Task correction = task(instanceId, Elements.CORRECT_ORDER);
    assertThat(correction).as("a price finding to correct").isNotNull();
    return correction;
  }

  private long goodsReady(JsonNode order) {
    HttpResponse<String> ready =
        web.postJson(
            "/api/orders/" + order.get("id").asText() + "/goods-ready",
            DemoUser.PRODUCTION,
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": 100}]}");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(201);
    passInspections(order.get("processInstanceId").asText());
    return engine.read(ready.body()).get("id").asLong();
  }

  private JsonNode shipment(JsonNode order, long shipmentId) {
    for (JsonNode shipment :
        engine.get("/api/orders/" + order.get("id").asText(), LIU).get("shipments")) {
      if (shipment.get("id").asLong() == shipmentId) {
        return shipment;
      }
    }
    throw new AssertionError("no shipment " + shipmentId);
  }

  private java.math.BigDecimal quantityOf(JsonNode order) {
    return engine
        .get("/api/orders/" + order.get("id").asText(), LIU)
        .at("/lines/0/quantity")
        .decimalValue();
  }

  private void assertRefused(HttpResponse<String> response, String field, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = engine.read(response.body());
    assertThat(problem.get("title").asText()).isEqualTo("请求数据有误");
    assertThat(problem.get("errors")).hasSize(1);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo(field);
    assertThat(problem.at("/errors/0/message").asText()).isEqualTo(message);
  }
}
