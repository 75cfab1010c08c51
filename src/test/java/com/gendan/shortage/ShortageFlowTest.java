package com.gendan.shortage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.order.OrderFlowTest;
import com.gendan.order.SalesOrderProcess;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A shortage walked end to end (SPEC D7): production has less of a product than two planned orders
 * need; the decision table puts the primary customer first, the sales manager changes the split,
 * and each order gets a shipment of what it was given.
 */
class ShortageFlowTest extends OrderFlowTest {

  /** Used by no other walk, so no other test's orders compete for it. */
  static final String SHORT_PRODUCT = "EC-AL-477-35";

  @Test
  void theManagerConfirmsAChangedAllocationAndEachOrderShipsItsShare() throws Exception {
    JsonNode forSecondary = secondaryCustomersOrder(SHORT_PRODUCT, "3000", "0.45");
    JsonNode forPrimary = primaryCustomersOrder(SHORT_PRODUCT, "4000", "0.45");
    String secondaryInstance = plan(forSecondary);
    String primaryInstance = plan(forPrimary);

    assertThat(
            web.postJson(
                    "/api/shortages",
                    DemoUser.ASSISTANT_LIU,
                    """
        {"productCode": "%s", "availableQuantity": 5000}"""
                        .formatted(SHORT_PRODUCT))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> unknown =
        web.postJson(
            "/api/shortages",
            DemoUser.PRODUCTION,
            "{\"productCode\": \"NO-SUCH\", \"availableQuantity\": 0}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("productCode", "产品不存在", "availableQuantity");
    HttpResponse<String> reported =
        web.postJson(
            "/api/shortages",
            DemoUser.PRODUCTION,
            """
        {"productCode": "%s", "availableQuantity": 5000}"""
                .formatted(SHORT_PRODUCT));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    JsonNode proposal = engine.read(reported.body());
    String primaryNumber = forPrimary.get("orderNumber").asText();
    String secondaryNumber = forSecondary.get("orderNumber").asText();
    assertThat(proposal.at("/proposal/0/orderNumber").asText())
        .as("the primary customer comes first though it wants its goods later")
        .isEqualTo(primaryNumber);
    assertThat(proposal.at("/proposal/0/proposed").asText()).isEqualTo("4000");
    assertThat(proposal.at("/proposal/1/proposed").asText()).isEqualTo("1000");

    String allocationInstance = proposal.get("processInstanceId").asText();
    Task confirm =
        onlyTask(allocationInstance, ShortageAllocationProcess.Elements.CONFIRM_ALLOCATION);
    assertThat(confirm.getDueDate()).isNotNull();
    JsonNode form =
        engine.get(
            "/engine-rest/task/" + confirm.getId() + "/form-variables", DemoUser.SALES_MANAGER);
    assertThat(form.at("/allocationText/value").asText())
        .isEqualTo(primaryNumber + " 1 4000\n" + secondaryNumber + " 1 1000");
    assertThat(form.at("/allocationProposal/value").asText()).contains("主要客户", "次要客户");
    assertThat(
            engine
                .complete(
                    confirm.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("allocationText", primaryNumber + " 1 3000"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            engine
                .complete(
                    confirm.getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of(
                        "allocationText",
                        primaryNumber + " 1 4000\n" + secondaryNumber + " 1 3000"))
                .body())
        .contains("分配合计 7000 超过可分配数量 5000");
    assertThat(
            engine
                .complete(
                    confirm.getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of(
                        "allocationText",
                        primaryNumber + " 1 3000\n" + secondaryNumber + " 1 2000",
                        "allocationNote",
                        "鑫源老客户，保其产线不停"))
                .statusCode())
        .isEqualTo(204);
    passInspections(allocationInstance);

    assertThat(
            engine
                .get("/api/orders/" + forPrimary.get("id").asLong(), DemoUser.ASSISTANT_LIU)
                .at("/shipments/0/lines/0/readyQuantity")
                .decimalValue())
        .isEqualByComparingTo("3000");
    assertThat(
            engine
                .get("/api/orders/" + forSecondary.get("id").asLong(), DemoUser.ASSISTANT_LIU)
                .at("/shipments/0/lines/0/readyQuantity")
                .decimalValue())
        .isEqualByComparingTo("2000");
    passInspections(primaryInstance);
    passInspections(secondaryInstance);
    assertThat(task(primaryInstance, SalesOrderProcess.Elements.CHOOSE_TRANSPORT)).isNotNull();
    assertThat(task(secondaryInstance, SalesOrderProcess.Elements.CHOOSE_TRANSPORT)).isNotNull();
    assertThat(awaitMailText("liuyang@gendan.local", "本批分得 2000")).contains(secondaryNumber);
    assertThat(awaitMailText("liuyang@gendan.local", "本批分得 3000")).contains(primaryNumber);

    // The next batch, started from Tasklist's start form: what is already on its way to an
    // order does not count as waiting any more (1000 still wait on each order).
    String startForm = "/engine-rest/process-definition/key/shortageAllocation/submit-form";
    HttpResponse<String> refused =
        web.postJson(
            startForm,
            DemoUser.PRODUCTION,
            """
        {"variables": {"productCode": {"value": "%s"}, "availableQuantity": {"value": "0"}}}"""
                .formatted(SHORT_PRODUCT));
    assertThat(refused.body()).contains("可分配数量必须大于0");
    HttpResponse<String> started =
        web.postJson(
            startForm,
            DemoUser.PRODUCTION,
            """
        {"variables": {"productCode": {"value": "%s"}, "availableQuantity": {"value": "1500"}}}"""
                .formatted(SHORT_PRODUCT));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    Task next = task(engine.read(started.body()).get("id").asText());
    JsonNode nextForm =
        engine.get("/engine-rest/task/" + next.getId() + "/form-variables", DemoUser.SALES_MANAGER);
    assertThat(nextForm.at("/allocationText/value").asText())
        .isEqualTo(primaryNumber + " 1 1000\n" + secondaryNumber + " 1 500");
  }

  @Test
  void anOrderCancelledAfterTheConfirmationHasTheManagerAskedAgainNotAnIncident() throws Exception {
    String product = "EC-LED-3R"; // used by no other walk
    JsonNode forSecondary = secondaryCustomersOrder(product, "10000", "0.05");
    JsonNode forPrimary = primaryCustomersOrder(product, "10000", "0.05");
    plan(forSecondary);
    String primaryInstance = plan(forPrimary);
    String primaryNumber = forPrimary.get("orderNumber").asText();
    String secondaryNumber = forSecondary.get("orderNumber").asText();
    HttpResponse<String> reported =
        web.postJson(
            "/api/shortages",
            DemoUser.PRODUCTION,
            "{\"productCode\": \"%s\", \"availableQuantity\": 12000}".formatted(product));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    String allocationInstance = engine.read(reported.body()).get("processInstanceId").asText();
    Task confirm =
        onlyTask(allocationInstance, ShortageAllocationProcess.Elements.CONFIRM_ALLOCATION);
    assertThat(
            engine
                .complete(
                    confirm.getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of(
                        "allocationText",
                        primaryNumber + " 1 10000\n" + secondaryNumber + " 1 2000"))
                .statusCode())
        .isEqualTo(204);

    // the secondary customer's order is cancelled before the goods are released
    HttpResponse<String> cancelled =
        web.postJson(
            "/api/orders/" + forSecondary.get("id").asLong() + "/cancellation",
            "admin",
            "{\"reason\": \"客户撤单\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isBetween(200, 299);
    engine.runDueJobs(allocationInstance);

    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(allocationInstance)
                .withException()
                .count())
        .as("no failed job")
        .isZero();
    Task again =
        onlyTask(allocationInstance, ShortageAllocationProcess.Elements.CONFIRM_ALLOCATION);
    JsonNode form =
        engine.get(
            "/engine-rest/task/" + again.getId() + "/form-variables", DemoUser.SALES_MANAGER);
    assertThat(form.at("/allocationOutdatedReason/value").asText())
        .contains(secondaryNumber, "已不再等待出货");
    assertThat(form.at("/allocationText/value").asText()).isEqualTo(primaryNumber + " 1 10000");
    assertThat(awaitMailText("sunli@gendan.local", "短缺分配在确认后")).contains(secondaryNumber);
    assertThat(
            engine
                .complete(
                    again.getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of("allocationText", primaryNumber + " 1 10000"))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(allocationInstance);
    passInspections(primaryInstance);
    assertThat(
            engine
                .get("/api/orders/" + forPrimary.get("id").asLong(), DemoUser.ASSISTANT_LIU)
                .at("/shipments/0/lines/0/readyQuantity")
                .decimalValue())
        .isEqualByComparingTo("10000");
  }

  /** An order of the secondary customer C005, wanted in 20 days, at a price it agreed. */
  private JsonNode secondaryCustomersOrder(String product, String quantity, String unitPrice) {
    long secondary = customers.findByCode("C005").orElseThrow().id();
    agreePrice(secondary, product, quantity, unitPrice);
    return register(
        DemoUser.ASSISTANT_LIU,
        "email",
        secondary,
        product,
        quantity,
        unitPrice,
        LocalDate.now().plusDays(20),
        "");
  }

  /** An order of the primary customer C001, wanted later (in 25 days), at a price it agreed. */
  private JsonNode primaryCustomersOrder(String product, String quantity, String unitPrice) {
    agreePrice(customerId, product, quantity, unitPrice);
    return register(
        DemoUser.ASSISTANT_LIU,
        "fax",
        customerId,
        product,
        quantity,
        unitPrice,
        LocalDate.now().plusDays(25),
        STANDING);
  }
}
