package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.EngineRest;
import com.gendan.WebClient;
import com.gendan.identity.DemoUser;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * An order brought to where a walk needs it, through Gendan's API and the engine REST API as the
 * demo users whose work it is: the price agreed through a quote, the order registered, the plan
 * confirmed, goods reported ready and passed by quality, the transport chosen and the outbound
 * delivery recorded. The order flow tests and the browser walks that start from an order share it.
 */
public final class OrderWalks {

  /** C001's standing requirements, which every one of its orders must carry. */
  public static final String STANDING = "每箱需附出货检验报告；外箱标签须印客户料号";

  public static final String PRODUCT = "EC-C0805-106";

  private final WebClient web;
  private final EngineRest engine;
  private final ObjectMapper json;
  private final TaskService taskService;

  public OrderWalks(WebClient web, EngineRest engine, ObjectMapper json, TaskService taskService) {
    this.web = web;
    this.engine = engine;
    this.json = json;
    this.taskService = taskService;
  }

  /**
   * An order of C001's (liuyang's customer, {@code customer} its id) for 100 of {@link #PRODUCT} at
   * {@code unitPrice}, whose first batch of {@code shipped} went out by 顺丰速运 as {@code
   * trackingNumber}; answers the shipment as {@code POST /api/orders/{id}/goods-ready} did.
   */
  public JsonNode shippedBatch(
      long customer, String unitPrice, String shipped, String trackingNumber) {
    agreePrice(customer, PRODUCT, "100", unitPrice);
    JsonNode order =
        register(
            DemoUser.ASSISTANT_LIU,
            order(
                customer,
                OrderChannel.of("email"),
                STANDING + "；按周分批送货",
                line(PRODUCT, "100", unitPrice, LocalDate.now().plusDays(20))));
    String instanceId = plan(order, LocalDate.now().plusDays(10));
    JsonNode shipment = goodsReady(order, shipped);
    engine.runDueJobs(instanceId);
    Task choose = task(instanceId, SalesOrderProcess.Elements.CHOOSE_TRANSPORT);
    String proposed =
        engine
            .get("/engine-rest/task/" + choose.getId() + "/form-variables", DemoUser.ASSISTANT_LIU)
            .at("/transportMode/value")
            .asText();
    completed(choose, DemoUser.ASSISTANT_LIU, Map.of("transportMode", proposed));
    completed(
        task(instanceId, SalesOrderProcess.Elements.RECORD_OUTBOUND),
        DemoUser.WAREHOUSE,
        Map.of(
            "shippedLinesText",
            "1 " + shipped,
            "carrier",
            "顺丰速运",
            "trackingNumber",
            trackingNumber,
            "shippedOn",
            LocalDate.now().toString()));
    engine.runDueJobs(instanceId);
    return shipment;
  }

  /** An order of the customer's with a PO number of its own, received now. */
  public static OrderRequest order(
      long customer, OrderChannel channel, String specialRequirements, OrderRequest.Line... lines) {
    return new OrderRequest(
        customer,
        channel,
        "PO-" + System.nanoTime(),
        null,
        null,
        specialRequirements,
        List.of(lines));
  }

  /** An order line in the product's own spec. */
  public static OrderRequest.Line line(
      String product, String quantity, String unitPrice, LocalDate requestedDate) {
    return new OrderRequest.Line(
        product, null, new BigDecimal(quantity), new BigDecimal(unitPrice), requestedDate);
  }

  /** Registers the order through {@code POST /api/orders} as {@code user}, expecting 201. */
  public JsonNode register(String user, OrderRequest order) {
    HttpResponse<String> response;
    try {
      response = web.postJson("/api/orders", user, json.writeValueAsString(order));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  /**
   * Reviews the order and has production confirm its plan with this completion date; answers the
   * process instance.
   */
  public String plan(JsonNode order, LocalDate completion) {
    String instanceId = order.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    Task plan = task(instanceId, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
    assertThat(plan).as("the order went through review without a manual step").isNotNull();
    completed(plan, DemoUser.PRODUCTION, Map.of("plannedCompletionDate", completion.toString()));
    return instanceId;
  }

  /**
   * Production reports {@code quantity} of the order's first line finished (expecting 201) and
   * quality passes it: a new shipment, as {@code POST /api/orders/{id}/goods-ready} answers it.
   */
  public JsonNode goodsReady(JsonNode order, String quantity) {
    HttpResponse<String> ready =
        web.postJson(
            "/api/orders/" + order.get("id").asLong() + "/goods-ready",
            DemoUser.PRODUCTION,
            "{\"lines\": [{\"lineNo\": 1, \"quantity\": %s}], \"note\": \"首批\"}"
                .formatted(quantity));
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(201);
    passInspections(order.get("processInstanceId").asText());
    return engine.read(ready.body());
  }

  /**
   * Runs the order's due jobs and has quality (fenglei) pass every batch waiting for its outgoing
   * inspection, through Tasklist's form submission; then runs the jobs that follow.
   */
  public void passInspections(String instanceId) {
    engine.runDueJobs(instanceId);
    List<Task> inspections =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey(SalesOrderProcess.Elements.INSPECT_GOODS)
            .list();
    for (Task inspection : inspections) {
      HttpResponse<String> passed =
          engine.complete(
              inspection.getId(),
              DemoUser.QUALITY,
              Map.of(
                  SalesOrderProcess.Variables.INSPECTION_RESULT.name(), "pass",
                  SalesOrderProcess.Variables.INSPECTION_NOTE.name(), "外观、尺寸、电性能抽检合格"));
      assertThat(passed.statusCode()).as(passed.body()).isBetween(200, 299);
    }
    engine.runDueJobs(instanceId);
  }

  /** A quote for the product at this price, signed, sent and accepted by the customer. */
  public void agreePrice(long customer, String product, String quantity, String unitPrice) {
    agreePrice(DemoUser.ASSISTANT_LIU, customer, product, quantity, unitPrice);
  }

  /** Ditto, drafted and sent by {@code assistant}, the customer's. */
  public void agreePrice(
      String assistant, long customer, String product, String quantity, String unitPrice) {
    HttpResponse<String> registered =
        web.postJson(
            "/api/quotes",
            assistant,
            """
        {"customerId": %d, "lines": [{"productCode": "%s", "quantity": %s}]}"""
                .formatted(customer, product, quantity));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String quoteInstance = engine.read(registered.body()).get("processInstanceId").asText();
    engine.runDueJobs(quoteInstance);
    completed(
        onlyTask(quoteInstance), assistant, Map.of("unitPrice1", Double.parseDouble(unitPrice)));
    completed(onlyTask(quoteInstance), DemoUser.SALES_MANAGER, Map.of("signDecision", "approve"));
    engine.runDueJobs(quoteInstance);
    completed(onlyTask(quoteInstance), assistant, Map.of("customerResponse", "accepted"));
    engine.runDueJobs(quoteInstance);
  }

  /** The instance's one open task at the activity, or null. */
  public Task task(String instanceId, String activityId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instanceId)
        .taskDefinitionKey(activityId)
        .singleResult();
  }

  private Task onlyTask(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  /** Completes the task as {@code user} the way a form does, expecting 204. */
  private void completed(Task task, String user, Map<String, ?> values) {
    HttpResponse<String> completed = engine.complete(task.getId(), user, values);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }
}
