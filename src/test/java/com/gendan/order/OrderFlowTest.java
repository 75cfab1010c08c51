package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import jakarta.mail.internet.MimeMessage;
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
  public static final String STANDING = OrderWalks.STANDING;

  public static final String PRODUCT = OrderWalks.PRODUCT;

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
    return orders().register(user, order);
  }

  /** An order of the customer's with a PO number of its own, received now. */
  protected static OrderRequest order(
      long customer, OrderChannel channel, String specialRequirements, OrderRequest.Line... lines) {
    return OrderWalks.order(customer, channel, specialRequirements, lines);
  }

  /** An order line in the product's own spec. */
  protected static OrderRequest.Line line(
      String product, String quantity, String unitPrice, LocalDate requestedDate) {
    return OrderWalks.line(product, quantity, unitPrice, requestedDate);
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
    return orders().plan(order, completion);
  }

  /**
   * Production reports {@code quantity} of the order's first line finished (expecting 201): a new
   * shipment, as {@code POST /api/orders/{id}/goods-ready} answers it.
   */
  protected JsonNode goodsReady(JsonNode order, String quantity) {
    return orders().goodsReady(order, quantity);
  }

  /** Quality passes every batch of the order waiting for its outgoing inspection. */
  protected void passInspections(String instanceId) {
    orders().passInspections(instanceId);
  }

  /** A quote for C001 and {@link #PRODUCT} at this price, signed, sent and accepted. */
  protected void agreePrice(String unitPrice) {
    agreePrice(customerId, PRODUCT, "100", unitPrice);
  }

  /** A quote for the product at this price, signed, sent and accepted by the customer. */
  protected void agreePrice(long customer, String product, String quantity, String unitPrice) {
    orders().agreePrice(customer, product, quantity, unitPrice);
  }

  /** Ditto, drafted and sent by {@code assistant}, the customer's. */
  protected void agreePrice(
      String assistant, long customer, String product, String quantity, String unitPrice) {
    orders().agreePrice(assistant, customer, product, quantity, unitPrice);
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
    return orders().task(instanceId, activityId);
  }

  /** The order walks' steps, as the demo users take them. */
  protected OrderWalks orders() {
    return new OrderWalks(web, engine, json, taskService);
  }
}
