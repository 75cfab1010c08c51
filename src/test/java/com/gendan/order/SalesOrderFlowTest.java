package com.gendan.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.identity.DemoUser;
import com.gendan.mail.ReceivedMails;
import com.gendan.production.DueDateWatch;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Orders walked the way the demo users walk them: an order priced off a price agreement from a
 * signed and accepted quote goes to production without a manual review step; one priced differently
 * stops with the price finding until a manager confirms the deviation.
 */
class SalesOrderFlowTest extends OrderFlowTest {

  @Autowired DueDateWatch dueDateWatch;
  @Autowired HistoryService historyService;

  @Test
  void anOrderAtTheQuotedPriceGoesToProductionWithoutAManualReviewStep() throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    String instanceId = reviewed(order);

    Task plan = onlyTask(instanceId, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
    String orderNumber = order.get("orderNumber").asText();
    assertThat(awaitMailText("zhengwei@gendan.local", orderNumber)).contains("生产计划单", STANDING);
    assertThat(
            engine
                .complete(
                    plan.getId(),
                    DemoUser.PRODUCTION,
                    Map.of("plannedCompletionDate", LocalDate.now().plusDays(15).toString()))
                .statusCode())
        .isEqualTo(204);

    JsonNode planned =
        engine.get("/api/orders/" + order.get("id").asLong(), DemoUser.ASSISTANT_LIU);
    assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
    assertThat(planned.get("findings")).isEmpty();
    assertThat(planned.get("statusHistory"))
        .extracting(s -> s.get("status").asText())
        .containsSubsequence("REGISTERED", "REVIEWED", "PLAN_ISSUED", "PLANNED");
  }

  @Test
  void anOrderAtAnotherPriceStopsWithThePriceFindingUntilAManagerConfirms() throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "fax", "33");
    String instanceId = reviewed(order);

    Task correction = onlyTask(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER);
    assertThat(correction.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    JsonNode stopped =
        engine.get("/api/orders/" + order.get("id").asLong(), DemoUser.ASSISTANT_LIU);
    assertThat(stopped.get("findings"))
        .extracting(f -> f.get("code").asText())
        .containsExactly("PRICE_MISMATCH");
    assertThat(stopped.at("/findings/0/explanation").asText()).contains("33", "35");

    assertThat(
            engine
                .complete(
                    correction.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("correctionAction", "accept"))
                .body())
        .contains("接受审查发现时请写明理由");
    assertThat(
            engine
                .complete(
                    correction.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("correctionAction", "accept", "acceptanceReason", "客户老价格，业务员已同意"))
                .statusCode())
        .isEqualTo(204);
    Task deviation = onlyTask(instanceId, SalesOrderProcess.Elements.CONFIRM_PRICE_DEVIATION);
    assertThat(
            engine
                .complete(
                    deviation.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("deviationDecision", "confirm"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            engine
                .complete(
                    deviation.getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of("deviationDecision", "confirm"))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(instanceId);

    assertThat(task(instanceId).getTaskDefinitionKey())
        .isEqualTo(SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
  }

  @Test
  void aRefusedPriceDeviationComesBackWithTheManagersReasonOnce() {
    agreePrice("35");
    String instanceId = reviewed(register(DemoUser.ASSISTANT_LIU, "fax", "33"));
    String reason = "有效报价是 35，请与客户确认按 35 执行";
    complete(
        instanceId,
        SalesOrderProcess.Elements.CORRECT_ORDER,
        DemoUser.ASSISTANT_LIU,
        Map.of("correctionAction", "accept", "acceptanceReason", "客户老价格，业务员已同意"));
    complete(
        instanceId,
        SalesOrderProcess.Elements.CONFIRM_PRICE_DEVIATION,
        DemoUser.SALES_MANAGER,
        Map.of("deviationDecision", "reject", "deviationComment", reason));

    Task correction = task(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER);
    JsonNode field = formField(correction, "deviationComment");
    assertThat(field.get("readonly").asBoolean()).isTrue();
    assertThat(field.at("/conditional/hide").asText())
        .isEqualTo("=deviationDecision != \"reject\"");
    assertThat(formVariables(correction).at("/deviationComment/value").asText()).isEqualTo(reason);
    assertThat(formVariables(correction).at("/deviationDecision/value").asText())
        .isEqualTo("reject");

    complete(
        instanceId,
        SalesOrderProcess.Elements.CORRECT_ORDER,
        DemoUser.ASSISTANT_LIU,
        Map.of(
            "correctionAction",
            "revise",
            "revisedLinesText",
            PRODUCT + " 100 34 " + LocalDate.now().plusDays(20)));
    Task next = task(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER);
    assertThat(next.getId()).isNotEqualTo(correction.getId());
    assertThat(formVariables(next).fieldNames())
        .toIterable()
        .as("answered, the refusal is not shown on the next correction")
        .doesNotContain("deviationComment", "deviationDecision");
  }

  @Test
  void theAssistantIsRemindedOfAnOpenCorrectionAtEveryFiringOfTheCycle() {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "fax", "33");
    String instanceId = reviewed(order);
    assertThat(task(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER)).isNotNull();
    String reminder = "提醒：订单 " + order.get("orderNumber").asText() + " 的审查发现";

    engine.runTimer(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER);
    engine.runTimer(instanceId, SalesOrderProcess.Elements.CORRECT_ORDER);

    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(ReceivedMails.about(greenMail, "liuyang@gendan.local", reminder))
                    .as("one reminder every 2 days, not only the first")
                    .hasSize(2));
  }

  @Test
  void aPhoneOrderNeedsTheCustomersWrittenConfirmationBeforeProduction() throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "phone", "35");
    String instanceId = reviewed(order);
    List<Task> open = taskService.createTaskQuery().processInstanceId(instanceId).list();
    assertThat(open)
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly(SalesOrderProcess.Elements.OBTAIN_CONFIRMATION);

    assertThat(
            engine
                .complete(
                    open.get(0).getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of(
                        "confirmationReference",
                        "传真 0512-6588 1299",
                        "confirmedOn",
                        LocalDate.now().toString()))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    assertThat(task(instanceId).getTaskDefinitionKey())
        .isEqualTo(SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN);
    assertThat(
            historyService
                .createHistoricDetailQuery()
                .processInstanceId(instanceId)
                .variableUpdates()
                .list())
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
        .filteredOn(SalesOrderProcess.Variables.ORDER_NUMBER.name()::equals)
        .as("the review does not write the order number the registration wrote")
        .hasSize(1);
  }

  @Test
  void productionRaisesAnExceptionTopManagementDecidesAndTheAssistantInformsTheCustomer()
      throws Exception {
    agreePrice("35");
    JsonNode order = register(DemoUser.ASSISTANT_LIU, "email", "35");
    String instanceId = reviewed(order);
    String raise = "/api/orders/" + order.get("id").asLong() + "/exceptions";
    assertThat(
            web.postJson(
                    raise, DemoUser.ASSISTANT_LIU, "{\"kind\": \"late\", \"description\": \"x\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            web.postJson(raise, DemoUser.PRODUCTION, "{\"kind\": \"late\", \"description\": \"\"}")
                .body())
        .contains("description");
    assertThat(
            web.postJson(
                    raise,
                    DemoUser.PRODUCTION,
                    "{\"kind\": \"late\", \"description\": \"模具损坏，预计延误5天\"}")
                .statusCode())
        .isEqualTo(201);
    engine.runDueJobs(instanceId);

    assertThat(awaitMailText("zhougang@gendan.local", order.get("orderNumber").asText()))
        .as("the customer's tier in Chinese")
        .contains("苏州恒达电子有限公司，主要客户）")
        .doesNotContain("primary");
    Task decide = task(instanceId, SalesOrderProcess.Elements.DECIDE_EXCEPTION);
    assertThat(
            engine
                .complete(decide.getId(), DemoUser.ASSISTANT_LIU, Map.of("exceptionDecision", "同意"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            engine
                .complete(
                    decide.getId(),
                    DemoUser.GENERAL_MANAGER,
                    Map.of("exceptionDecision", "同意延期5天，安排加班追回部分数量"))
                .statusCode())
        .isEqualTo(204);
    Task inform = task(instanceId, SalesOrderProcess.Elements.INFORM_CUSTOMER);
    assertThat(inform.getAssignee()).isEqualTo(DemoUser.ASSISTANT_LIU);
    assertThat(
            engine
                .complete(
                    inform.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of("customerInformedHow", "电话告知张伟，客户同意新交期"))
                .statusCode())
        .isEqualTo(204);

    assertThat(task(instanceId, SalesOrderProcess.Elements.CONFIRM_PRODUCTION_PLAN))
        .as("the order itself goes on")
        .isNotNull();
    JsonNode handled =
        engine.get("/api/orders/" + order.get("id").asLong(), DemoUser.SALES_MANAGER);
    assertThat(handled.at("/exceptions/0/kind").asText()).isEqualTo("LATE");
    assertThat(handled.at("/exceptions/0/decision").asText()).contains("同意延期5天");
    assertThat(handled.at("/exceptions/0/customerInformedHow").asText()).contains("电话告知");
  }

  @Test
  void aDueDateThatWillBeMissedIsEscalatedByItselfOnce() throws Exception {
    agreePrice("35");
    LocalDate due = LocalDate.now().plusDays(10);
    JsonNode order =
        register(DemoUser.ASSISTANT_LIU, "email", customerId, PRODUCT, "100", "35", due, STANDING);
    // planned to be finished five days before: it makes the date, by truck to Suzhou
    String instanceId = plan(order, due.minusDays(5));
    assertThat(dueDateWatch.watch()).isZero();

    // production falls behind: on the due date itself the goods are still not finished
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(10))));
    try {
      assertThat(dueDateWatch.watch()).isPositive();
    } finally {
      ClockUtil.reset();
    }
    engine.runDueJobs(instanceId);
    JsonNode escalated =
        engine.get("/api/orders/" + order.get("id").asLong(), DemoUser.SALES_MANAGER);
    assertThat(escalated.at("/exceptions/0/kind").asText()).isEqualTo("LATE");
    assertThat(escalated.at("/exceptions/0/description").asText())
        .contains("交期将延误（系统检查）", "计划完工 " + due.minusDays(5), "交期 " + due);
    assertThat(task(instanceId, SalesOrderProcess.Elements.DECIDE_EXCEPTION)).isNotNull();
    awaitMailText("zhougang@gendan.local", order.get("orderNumber").asText());

    dueDateWatch.watch();
    assertThat(
            engine
                .get("/api/orders/" + order.get("id").asLong(), DemoUser.SALES_MANAGER)
                .get("exceptions"))
        .as("escalated once; the decision covers it")
        .hasSize(1);
  }

  @Test
  void badOrdersAreRefusedNamingTheFieldAndNothingIsSaved() {
    Integer before = jdbc.queryForObject("select count(*) from sales_order", Integer.class);
    HttpResponse<String> response =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "email", "customerPo": "PO-1",
         "lines": [{"productCode": "NO-SUCH", "quantity": 5, "unitPrice": 1,
                    "requestedDate": "2099-01-01"},
                   {"productCode": "%s", "quantity": 0, "unitPrice": 35,
                    "requestedDate": "2020-01-01"}]}"""
                .formatted(customerId, PRODUCT));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("lines[1].quantity");
    HttpResponse<String> second =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "email", "customerPo": "PO-1",
         "lines": [{"productCode": "NO-SUCH", "quantity": 5, "unitPrice": 1,
                    "requestedDate": "2099-01-01"},
                   {"productCode": "%s", "quantity": 5, "unitPrice": 35,
                    "requestedDate": "2020-01-01"}]}"""
                .formatted(customerId, PRODUCT));
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body()).contains("lines[0].productCode", "lines[1].requestedDate");
    HttpResponse<String> badChannel =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "pigeon", "lines": []}"""
                .formatted(customerId));
    assertThat(badChannel.statusCode()).isEqualTo(400);
    assertThat(badChannel.body())
        .contains("\"channel\"", "不是有效的取值，可选：FAX, MAIL, EMAIL, PHONE, EDI");
    HttpResponse<String> localTime =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "fax", "receivedAt": "2026-11-27 09:00",
         "lines": []}"""
                .formatted(customerId));
    assertThat(localTime.body()).contains("\"receivedAt\"", "带时区的时间，如 2026-12-31T09:30:00+08:00");
    HttpResponse<String> wordQuantity =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "fax", "lines": [{"productCode": "%s", "quantity": "五百"}]}"""
                .formatted(customerId, PRODUCT));
    assertThat(wordQuantity.body()).contains("lines[0].quantity", "应为数字");
    HttpResponse<String> tooFine =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "fax", "customerPo": "PO-1", "lines": [{"productCode": "%s",
         "quantity": 100.0004, "unitPrice": 35, "requestedDate": "2099-01-01"}]}"""
                .formatted(customerId, PRODUCT));
    assertThat(tooFine.body()).contains("lines[0].quantity", "数量最多3位小数");
    HttpResponse<String> europeanDate =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "fax", "lines": [{"productCode": "%s",
         "requestedDate": "31.12.2026"}]}"""
                .formatted(customerId, PRODUCT));
    assertThat(europeanDate.body()).contains("lines[0].requestedDate", "年-月-日，如 2026-12-31");
    assertThat(jdbc.queryForObject("select count(*) from sales_order", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void aSpecOtherThanTheProductsNeedsTheCustomersSampleApprovalOfThatSpec() {
    agreePrice("35");
    String spec = "X7R 耐125℃ 编带包装";
    assertThat(findingCodes(registerWithSpec(spec))).containsExactly("SPEC_NOT_APPROVED");

    long product =
        jdbc.queryForObject("select id from product where code = ?", Long.class, PRODUCT);
    long otherProduct =
        jdbc.queryForObject(
            "select id from product where code <> ? " + "order by id fetch first 1 rows only",
            Long.class,
            PRODUCT);
    approveSample(otherProduct, "样品规格：" + spec);
    assertThat(findingCodes(registerWithSpec(spec)))
        .as("another product's approval does not cover this one")
        .containsExactly("SPEC_NOT_APPROVED");

    approveSample(product, "样品规格：" + spec + "，每盘 4000 只");
    assertThat(findingCodes(registerWithSpec(spec))).as("approved for this product").isEmpty();
    assertThat(findingCodes(registerWithSpec("Y5V 耐85℃")))
        .as("the approval covers its own spec only")
        .containsExactly("SPEC_NOT_APPROVED");
  }

  private JsonNode registerWithSpec(String spec) {
    HttpResponse<String> response =
        web.postJson(
            "/api/orders",
            DemoUser.ASSISTANT_LIU,
            """
        {"customerId": %d, "channel": "EMAIL", "customerPo": "PO-%d", "specialRequirements": "%s",
         "lines": [{"productCode": "%s", "quantity": 100, "unitPrice": 35, "spec": "%s",
                    "requestedDate": "%s"}]}"""
                .formatted(
                    customerId,
                    System.nanoTime(),
                    STANDING,
                    PRODUCT,
                    spec,
                    LocalDate.now().plusDays(20)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  private List<String> findingCodes(JsonNode order) {
    reviewed(order);
    JsonNode reviewed =
        engine.get("/api/orders/" + order.get("id").asLong(), DemoUser.ASSISTANT_LIU);
    return reviewed.get("findings").findValuesAsText("code");
  }

  /** A passed sample of this customer's, as the sample process records it. */
  private void approveSample(long product, String specText) {
    String sampleNumber = "YP-T-" + System.nanoTime() % 100_000_000;
    jdbc.update(
        """
        insert into sample_request (sample_number, customer_id, product_id, spec_text, quantity,
          unit, purpose, charged, sample_value, target_date, status, current_round_no,
          created_by, created_at, updated_by, updated_at)
        values (?, ?, ?, ?, 10, 'PCS', '测试', false, 0, current_date, 'APPROVED', 1,
          'liu.fang', current_timestamp, 'liu.fang', current_timestamp)""",
        sampleNumber,
        customerId,
        product,
        specText);
    long request =
        jdbc.queryForObject(
            "select id from sample_request where sample_number = ?", Long.class, sampleNumber);
    jdbc.update(
        """
        insert into sample_approval (customer_id, product_id, spec_text, request_id, round_no,
          approved_on, created_at) values (?, ?, ?, ?, 1, current_date, current_timestamp)""",
        customerId,
        product,
        specText,
        request);
  }
}
