package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.task.Task;

/**
 * What the order walks share: prices agreed through the quote process, orders registered through
 * the API, the production plan confirmed, and the mail GreenMail received.
 */
public abstract class OrderFlowTest extends ProcessFlowTest {

  /** C001's standing requirements, which every one of its orders must carry. */
  public static final String STANDING = "每箱需附出货检验报告；外箱标签须印客户料号";

  public static final String PRODUCT = "EC-C0805-106";

  /** A C001 order of 100 of {@link #PRODUCT}, wanted in 20 days. */
  protected JsonNode register(String user, String channel, String unitPrice) {
    return register(
        user,
        channel,
        customerId,
        PRODUCT,
        "100",
        unitPrice,
        LocalDate.now().plusDays(20),
        STANDING + "；按周分批送货");
  }

  protected JsonNode register(
      String user,
      String channel,
      long customer,
      String product,
      String quantity,
      String unitPrice,
      LocalDate requestedDate,
      String specialRequirements) {
    return register(
        user,
        order(
            customer,
            OrderChannel.of(channel),
            specialRequirements,
            line(product, quantity, unitPrice, requestedDate)));
  }

  /** Registers the order through {@code POST /api/orders} as {@code user}, expecting 201. */
  protected JsonNode register(String user, OrderRequest order) {
    HttpResponse<String> response;
    try {
      response = web.postJson("/api/orders", user, json.writeValueAsString(order));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  /** An order of the customer's with a PO number of its own, received now. */
  protected static OrderRequest order(
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
  protected static OrderRequest.Line line(
      String product, String quantity, String unitPrice, LocalDate requestedDate) {
    return new OrderRequest.Line(
        product, null, new BigDecimal(quantity), new BigDecimal(unitPrice), requestedDate);
  }

  /** The order as {@code GET /api/orders/{id}} shows it to its assistant. */
  protected JsonNode orderView(JsonNode order) {
    return engine.get("/api/orders/" + order.get("id").asLong(), DemoUser.ASSISTANT_LIU);
  }

  /**
   * The findings of the order's latest review that found anything (a review that finds nothing
   * records nothing), as "CODE lineNo", or "CODE" alone for a finding on the whole order.
   */
  protected List<String> latestFindings(JsonNode order) {
    return latestFindingViews(order).stream()
        .map(
            f ->
                f.get("code").asText()
                    + (f.path("lineNo").isIntegralNumber() ? " " + f.get("lineNo").asInt() : ""))
        .toList();
  }

  /** Ditto, each finding as the order's view shows it: code, lineNo, label, explanation, … */
  protected List<JsonNode> latestFindingViews(JsonNode order) {
    JsonNode view = orderView(order);
    JsonNode findings = view.get("findings");
    int latest = view.get("reviews").asInt();
    return StreamSupport.stream(findings.spliterator(), false)
        .filter(f -> f.get("reviewNo").asInt() == latest)
        .toList();
  }

  /** Lets the registered order's process run to its first wait; answers the process instance. */
  protected String reviewed(JsonNode order) {
    String instanceId = order.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    return instanceId;
  }

  /** Reviews the order and has production confirm its plan; answers the process instance. */
  protected String plan(JsonNode order) {
    return plan(order, LocalDate.now().plusDays(10));
  }

  /** Ditto, with production's planned completion date. */
  protected String plan(JsonNode order, LocalDate completion) {
    String instanceId = reviewed(order);
    Task plan = task(instanceId, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
    assertThat(plan).as("the order went through review without a manual step").isNotNull();
    assertThat(
            engine
                .complete(
                    plan.getId(),
                    DemoUser.PRODUCTION,
                    Map.of("plannedCompletionDate", completion.toString()))
                .statusCode())
        .isEqualTo(204);
    return instanceId;
  }

  /**
   * Production reports {@code quantity} of the order's first line finished (expecting 201): a new
   * shipment, as {@code POST /api/orders/{id}/goods-ready} answers it.
   */
  protected JsonNode goodsReady(JsonNode order, String quantity) {
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
  protected void passInspections(String instanceId) {
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

  /** A quote for C001 and {@link #PRODUCT} at this price, signed, sent and accepted. */
  protected void agreePrice(String unitPrice) {
    agreePrice(customerId, PRODUCT, "100", unitPrice);
  }

  /** A quote for the product at this price, signed, sent and accepted by the customer. */
  protected void agreePrice(long customer, String product, String quantity, String unitPrice) {
    agreePrice(DemoUser.ASSISTANT_LIU, customer, product, quantity, unitPrice);
  }

  /** Ditto, drafted and sent by {@code assistant}, the customer's. */
  protected void agreePrice(
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
    assertThat(
            engine
                .complete(
                    task(quoteInstance).getId(),
                    assistant,
                    Map.of("unitPrice1", Double.parseDouble(unitPrice)))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            engine
                .complete(
                    task(quoteInstance).getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of("signDecision", "approve"))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(quoteInstance);
    assertThat(
            engine
                .complete(
                    task(quoteInstance).getId(), assistant, Map.of("customerResponse", "accepted"))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(quoteInstance);
  }

  /** The plain text of the mail to {@code recipient} that mentions {@code text}, or null. */
  protected static String mailText(String recipient, String text) throws Exception {
    for (MimeMessage message : ReceivedMails.to(greenMail, recipient)) {
      String plain =
          ReceivedMails.leaves(message).stream()
              .filter(l -> l.is("text/plain"))
              .map(ReceivedMails.Leaf::text)
              .findFirst()
              .orElse("");
      if (plain.contains(text)) {
        return plain;
      }
    }
    return null;
  }

  /**
   * {@link #mailText}, once such a mail arrived (the outbox sends after commit); fails the test if
   * none arrives within 10 seconds.
   */
  protected static String awaitMailText(String recipient, String text) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> mailText(recipient, text), Objects::nonNull);
  }

  /** Completes the instance's one open task at the activity as {@code user}, expecting 204. */
  protected void complete(
      String instanceId, String activityId, String user, Map<String, String> values) {
    Task task = task(instanceId, activityId);
    assertThat(task).as(activityId).isNotNull();
    assertThat(engine.complete(task.getId(), user, values).statusCode()).isEqualTo(204);
  }

  /** What Tasklist fills the task's form with: the variables by name, each with its value. */
  protected JsonNode formVariables(Task task) {
    return engine.get("/engine-rest/task/" + task.getId() + "/form-variables", task.getAssignee());
  }

  /** The field of the task's deployed Camunda Form with this key. */
  protected JsonNode formField(Task task, String key) {
    JsonNode form =
        engine.get("/engine-rest/task/" + task.getId() + "/deployed-form", task.getAssignee());
    return StreamSupport.stream(form.get("components").spliterator(), false)
        .filter(component -> key.equals(component.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("form " + form.get("id") + " has no field " + key));
  }

  protected Task task(String instanceId, String activityId) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instanceId)
        .taskDefinitionKey(activityId)
        .singleResult();
  }
}
